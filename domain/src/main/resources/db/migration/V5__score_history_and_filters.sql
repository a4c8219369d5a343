-- ComplyScore schema, version 5: the Overview (issue 6): the daily score history and each person's
-- score filter.

-- One row per day and per line of the score: the overall score, and each assessment, category, solution,
-- group and regulation as it was that day (F15). Names are copied, so the history reads the same after a
-- rename or a deletion. subject_id is the assessment, category, solution or group; NULL for the overall
-- score, for regulations (which have no id) and for actions without category or solution.
CREATE TABLE score_snapshot (
    id           BIGINT                   NOT NULL,
    version      BIGINT                   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    taken_on     DATE                     NOT NULL,
    dimension    VARCHAR(20)              NOT NULL,
    subject_id   BIGINT,
    subject_name VARCHAR(300)             NOT NULL,
    achieved     NUMERIC(19, 4)           NOT NULL,
    achievable   BIGINT                   NOT NULL,
    actions      BIGINT                   NOT NULL,
    open_actions BIGINT                   NOT NULL,
    CONSTRAINT pk_score_snapshot PRIMARY KEY (id),
    CONSTRAINT ck_score_snapshot_dimension
        CHECK (dimension IN ('OVERALL', 'ASSESSMENT', 'CATEGORY', 'SOLUTION', 'GROUP', 'REGULATION')),
    CONSTRAINT ck_score_snapshot_points CHECK (achieved >= 0 AND achievable >= 0 AND achieved <= achievable
        AND open_actions >= 0 AND open_actions <= actions)
);
-- The trend reads one dimension over a range of days; "as of" reads one day.
CREATE INDEX ix_score_snapshot_day ON score_snapshot (taken_on, dimension);

-- The filter a person last applied on the Overview or the Solutions page, restored at the next sign-in
-- (F14): the action list's query parameters (regulation, solution, type, purpose, group, category,
-- assessment, owner), so one reader understands it everywhere.
CREATE TABLE saved_score_filter (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     BIGINT                   NOT NULL,
    query       VARCHAR(4000)            NOT NULL,
    CONSTRAINT pk_saved_score_filter PRIMARY KEY (id),
    CONSTRAINT uq_saved_score_filter_user UNIQUE (user_id),
    CONSTRAINT fk_saved_score_filter_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
