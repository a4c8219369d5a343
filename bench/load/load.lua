-- wrk script of the load run (run-load.sh): each wrk thread is one signed-in user with one connection.
--
-- Settings, from the environment (run-load.sh sets them):
--   LOAD_COOKIES   file with one Cookie header per line, one signed-in user each; thread i takes line i
--   LOAD_MIX       the request mix: "name=path:weight ..." (space-separated), e.g.
--                  "overview=/complyscore/score/overview:8 api-score=/complyscore/api/score:1"
--                  a path under /api/ is asked for JSON, any other for HTML
--   LOAD_THINK_MIN_MS, LOAD_THINK_MAX_MS
--                  think time before each request, drawn evenly between the two (0 0: none)
--   LOAD_SEED      seeds each thread's random numbers (seed + thread number): the same mix every run
--   LOAD_RESULT    file the per-request-type figures are written to (tab-separated, read by run-load.sh)
--
-- wrk 4.1 reports latency for all requests together and gives Lua no clock, so the time of each request is
-- taken here with clock_gettime through LuaJIT's FFI (wrk is built on LuaJIT): request() notes the time
-- just before wrk writes the request, response() just after wrk has parsed the whole response. Think time
-- (delay()) falls between the two and is not counted, as in wrk's own figures.
--
-- A request counts as an error unless it answers 2xx: a 302 to the login page or a 401 means the session
-- was lost, and so does a 200 that is the login page.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } load_timespec;
int clock_gettime(int clock_id, load_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local timespec = ffi.new("load_timespec")

local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
  return tonumber(timespec.tv_sec) * 1e3 + tonumber(timespec.tv_nsec) / 1e6
end

local function env(name, default)
  local value = os.getenv(name)
  if value == nil or value == "" then
    if default == nil then
      error("load.lua: " .. name .. " is not set")
    end
    return default
  end
  return value
end

-- The mix, in the order given: { name, path, weight }.
local mix = {}
local total_weight = 0
for entry in env("LOAD_MIX"):gmatch("%S+") do
  local name, path, weight = entry:match("^([^=]+)=(/.*):(%d+)$")
  if not name then
    error("load.lua: LOAD_MIX entry '" .. entry .. "' is not name=/path:weight")
  end
  weight = tonumber(weight)
  total_weight = total_weight + weight
  local accept = path:find("/api/", 1, true) and "application/json"
    or "text/html,application/xhtml+xml"
  mix[#mix + 1] = { index = #mix + 1, name = name, path = path, weight = weight, accept = accept }
end
if total_weight == 0 then
  error("load.lua: LOAD_MIX has no weight")
end

local think_min = tonumber(env("LOAD_THINK_MIN_MS", "0"))
local think_max = tonumber(env("LOAD_THINK_MAX_MS", "0"))
local seed = tonumber(env("LOAD_SEED", "20261124"))

-- ---------------------------------------------------------------------------------------------------------
-- Main state: hands each thread its user, and sums up at the end.

local threads = {}
local cookies = nil

function setup(thread)
  if cookies == nil then
    cookies = {}
    for line in io.lines(env("LOAD_COOKIES")) do
      if line ~= "" then
        cookies[#cookies + 1] = line
      end
    end
    if #cookies == 0 then
      error("load.lua: no cookies in " .. env("LOAD_COOKIES"))
    end
  end
  local number = #threads + 1
  threads[number] = thread
  thread:set("number", number)
  thread:set("cookie", cookies[(number - 1) % #cookies + 1])
end

-- ---------------------------------------------------------------------------------------------------------
-- Thread state: one user.

-- Only flat tables: wrk 4.1's thread:get() crashes on nested ones. The latencies (ms) of request type i of the
-- mix are in the global lat_<i>; counts has "status:<i>:<code>", "errors:<i>" (responses other than 2xx, and
-- login pages) and "lost:<i>" (responses that show the session was lost; also in errors).
counts = {}

local requests = {}
local current, started

function init(args)
  math.randomseed(seed + number)
  for i, m in ipairs(mix) do
    _G["lat_" .. i] = {}
    counts["errors:" .. i] = 0
    counts["lost:" .. i] = 0
    requests[m] = wrk.format("GET", m.path, { ["Cookie"] = cookie, ["Accept"] = m.accept })
  end
end

local function pick()
  local roll = math.random() * total_weight
  for _, m in ipairs(mix) do
    roll = roll - m.weight
    if roll < 0 then
      return m
    end
  end
  return mix[#mix]
end

if think_max > 0 then
  -- A person reads a page before the next click.
  function delay()
    return math.random(think_min, think_max)
  end
end

function request()
  current = pick()
  started = now_ms()
  return requests[current]
end

function response(status, headers, body)
  local elapsed = now_ms() - started
  local i = current.index
  local s = _G["lat_" .. i]
  s[#s + 1] = elapsed
  local key = "status:" .. i .. ":" .. status
  counts[key] = (counts[key] or 0) + 1
  local location = headers["Location"] or headers["location"] or ""
  local session_lost = status == 401
    or (status >= 300 and status < 400 and location:find("/login", 1, true) ~= nil)
    or (status == 200 and body ~= nil and body:find('name="login-form"', 1, true) ~= nil)
  if session_lost then
    counts["lost:" .. i] = counts["lost:" .. i] + 1
  end
  if session_lost or status < 200 or status > 299 then
    counts["errors:" .. i] = counts["errors:" .. i] + 1
  end
end

-- ---------------------------------------------------------------------------------------------------------
-- Main state again, after the run.

local function percentile(sorted, percent)
  if #sorted == 0 then
    return 0
  end
  local index = math.ceil(percent / 100 * #sorted)
  return sorted[math.max(1, index)]
end

local function stats(values, seconds)
  table.sort(values)
  return {
    count = #values,
    rate = #values / seconds,
    p50 = percentile(values, 50),
    p95 = percentile(values, 95),
    p99 = percentile(values, 99),
    max = #values > 0 and values[#values] or 0,
  }
end

function done(summary, latency, wrk_requests)
  local seconds = summary.duration / 1e6
  local out = assert(io.open(env("LOAD_RESULT"), "w"))
  out:write("#type\trequests\trate\tp50\tp95\tp99\tmax\terrors\tlost\tstatuses\n")
  local all, all_errors, all_lost = {}, 0, 0
  for i, m in ipairs(mix) do
    local values, codes, errors_here, lost_here = {}, {}, 0, 0
    local prefix = "status:" .. i .. ":"
    for _, thread in ipairs(threads) do
      for _, v in ipairs(thread:get("lat_" .. i) or {}) do
        values[#values + 1] = v
        all[#all + 1] = v
      end
      local c = thread:get("counts") or {}
      for key, count in pairs(c) do
        if key:sub(1, #prefix) == prefix then
          local code = key:sub(#prefix + 1)
          codes[code] = (codes[code] or 0) + count
        end
      end
      errors_here = errors_here + (c["errors:" .. i] or 0)
      lost_here = lost_here + (c["lost:" .. i] or 0)
    end
    local list = {}
    for code, count in pairs(codes) do
      list[#list + 1] = code .. ":" .. count
    end
    table.sort(list)
    local st = stats(values, seconds)
    all_errors = all_errors + errors_here
    all_lost = all_lost + lost_here
    out:write(string.format("%s\t%d\t%.2f\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%d\t%s\n", m.name, st.count, st.rate,
      st.p50, st.p95, st.p99, st.max, errors_here, lost_here, table.concat(list, " ")))
  end
  local st = stats(all, seconds)
  out:write(string.format("all\t%d\t%.2f\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%d\t\n", st.count, st.rate, st.p50, st.p95,
    st.p99, st.max, all_errors, all_lost))
  local e = summary.errors
  out:write(string.format("#summary\tseconds=%.1f\trequests=%d\tbytes=%d\tconnect=%d\tread=%d\twrite=%d"
    .. "\ttimeout=%d\twrk_p50=%.1f\twrk_p99=%.1f\tusers=%d\n", seconds, summary.requests, summary.bytes,
    e.connect, e.read, e.write, e.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000, #threads))
  out:close()
end
