-- ComplyScore schema, version 7: automated monitoring (issue 8, F31). Machines post signals with an API
-- token; an action's testing logic names the checks it listens to and how their results combine.

-- A machine's credential. Only the SHA-256 of the secret is kept; the secret is shown once when made.
CREATE TABLE api_token (
    id              BIGINT                   NOT NULL,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    name            VARCHAR(100)             NOT NULL,
    secret_hash     VARCHAR(64)              NOT NULL,
    scopes          VARCHAR(100)             NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by_name VARCHAR(300)             NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_name UNIQUE (name),
    CONSTRAINT uq_api_token_secret UNIQUE (secret_hash)
);

-- What a machine observed about one resource at one moment. (check, resource, observed-at) identifies a
-- signal: posting it again changes nothing.
CREATE TABLE monitoring_signal (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    check_id    VARCHAR(100)             NOT NULL,
    resource_id VARCHAR(300)             NOT NULL,
    observed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    result      VARCHAR(10)              NOT NULL,
    fraction    DECIMAL(5, 4),
    severity    VARCHAR(10),
    detail      VARCHAR(2000),
    link        VARCHAR(1000),
    token_id    BIGINT,
    CONSTRAINT pk_monitoring_signal PRIMARY KEY (id),
    CONSTRAINT uq_monitoring_signal UNIQUE (check_id, resource_id, observed_at),
    CONSTRAINT fk_monitoring_signal_token FOREIGN KEY (token_id) REFERENCES api_token (id),
    CONSTRAINT ck_monitoring_signal_result CHECK (result IN ('PASS', 'FAIL', 'PARTIAL')),
    CONSTRAINT ck_monitoring_signal_fraction CHECK (
        (result = 'PARTIAL' AND fraction BETWEEN 0 AND 1) OR (result <> 'PARTIAL' AND fraction IS NULL)),
    CONSTRAINT ck_monitoring_signal_severity CHECK (
        (result = 'FAIL' AND severity IN ('LOW', 'MEDIUM', 'HIGH')) OR (result <> 'FAIL' AND severity IS NULL))
);
CREATE INDEX ix_monitoring_signal_observed ON monitoring_signal (observed_at);

-- An action's testing logic: the checks it listens to, and how their results combine. An action without
-- checks is tested by people only.
CREATE TABLE action_check (
    action_id BIGINT       NOT NULL,
    check_id  VARCHAR(100) NOT NULL,
    CONSTRAINT pk_action_check PRIMARY KEY (action_id, check_id),
    CONSTRAINT fk_action_check_action FOREIGN KEY (action_id) REFERENCES improvement_action (id) ON DELETE CASCADE
);
CREATE INDEX ix_action_check_check ON action_check (check_id);
ALTER TABLE improvement_action ADD COLUMN testing_combination VARCHAR(20) DEFAULT 'ANY_FAILURE_FAILS' NOT NULL;
ALTER TABLE improvement_action ADD CONSTRAINT ck_improvement_action_combination
    CHECK (testing_combination IN ('ANY_FAILURE_FAILS', 'AVERAGE'));

-- A change made by automation names the signal behind it (F26).
ALTER TABLE action_change ADD COLUMN signal_id BIGINT;
ALTER TABLE action_change ADD CONSTRAINT fk_action_change_signal
    FOREIGN KEY (signal_id) REFERENCES monitoring_signal (id);

-- The Owner's switch (F31): whether actions with testing logic start automated. One row.
CREATE TABLE monitoring_settings (
    id                BIGINT                   NOT NULL,
    version           BIGINT                   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    automation_on     BOOLEAN                  NOT NULL,
    CONSTRAINT pk_monitoring_settings PRIMARY KEY (id)
);

-- The built-in baseline's testing logic for the checks of the sample collector (server-config/collectors),
-- for installations whose baseline was made before this version; a new installation's baseline gets the same
-- logic when it is made (BaselineChecks). On a new installation these find no action and insert nothing.
INSERT INTO action_check (action_id, check_id)
SELECT a.id, c.check_id
FROM improvement_action a
JOIN (
    SELECT 'SC-8 Transmission Confidentiality and Integrity' AS title, 'web.tls' AS check_id
    UNION ALL SELECT 'SC-8 Transmission Confidentiality and Integrity', 'web.hsts'
    UNION ALL SELECT 'SC-8(1) Transmission Confidentiality and Integrity | Cryptographic Protection', 'web.tls'
    UNION ALL SELECT 'SC-23 Session Authenticity', 'web.session-cookie'
    UNION ALL SELECT 'CM-6 Configuration Settings', 'web.content-type-options'
    UNION ALL SELECT 'CM-6 Configuration Settings', 'web.frame-options'
    UNION ALL SELECT 'CM-6 Configuration Settings', 'web.content-security-policy'
    UNION ALL SELECT 'CM-6 Configuration Settings', 'web.referrer-policy'
    UNION ALL SELECT 'CM-7 Least Functionality', 'web.server-banner'
    UNION ALL SELECT 'IA-5(1) Authenticator Management | Password-based Authentication', 'host.password-max-age'
) c ON c.title = a.title
WHERE a.owner = 'ORGANIZATION';
