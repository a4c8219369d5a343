-- ComplyScore schema, version 8: alert policies and alerts (F32).
-- Runs unchanged on H2 2.2 and PostgreSQL 13+; ids come from id_sequence like every table's.

-- What makes an alert. threshold_matches and window_minutes belong to frequency THRESHOLD; score_threshold,
-- score_direction and the reference (the score the policy compares with) to condition SCORE_CHANGE.
CREATE TABLE alert_policy (
    id                BIGINT                   NOT NULL,
    version           BIGINT                   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    name              VARCHAR(150)             NOT NULL,
    condition_type    VARCHAR(30)              NOT NULL,
    severity          VARCHAR(10)              NOT NULL,
    frequency         VARCHAR(20)              NOT NULL,
    threshold_matches INTEGER,
    window_minutes    INTEGER,
    score_threshold   DECIMAL(4, 1),
    score_direction   VARCHAR(10),
    reference_percent DECIMAL(4, 1),
    reference_at      TIMESTAMP WITH TIME ZONE,
    enabled           BOOLEAN                  NOT NULL,
    CONSTRAINT pk_alert_policy PRIMARY KEY (id),
    CONSTRAINT uq_alert_policy_name UNIQUE (name),
    CONSTRAINT ck_alert_policy_condition CHECK (condition_type IN ('SCORE_CHANGE', 'ASSIGNMENT_CHANGE',
        'IMPLEMENTATION_STATUS_CHANGE', 'TEST_STATUS_CHANGE', 'EVIDENCE_CHANGE')),
    CONSTRAINT ck_alert_policy_severity CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT ck_alert_policy_frequency CHECK (
        (frequency = 'EVERY_MATCH' AND threshold_matches IS NULL AND window_minutes IS NULL)
     OR (frequency = 'THRESHOLD' AND threshold_matches BETWEEN 1 AND 1000 AND window_minutes BETWEEN 1 AND 10080)),
    CONSTRAINT ck_alert_policy_score CHECK (
        (condition_type = 'SCORE_CHANGE' AND score_threshold > 0 AND score_direction IN ('DROP', 'RISE', 'EITHER'))
     OR (condition_type <> 'SCORE_CHANGE' AND score_threshold IS NULL AND score_direction IS NULL
         AND reference_percent IS NULL))
);

-- The new statuses a status-change policy is interested in; none means any.
CREATE TABLE alert_policy_status (
    policy_id BIGINT      NOT NULL,
    status    VARCHAR(40) NOT NULL,
    CONSTRAINT pk_alert_policy_status PRIMARY KEY (policy_id, status),
    CONSTRAINT fk_alert_policy_status_policy FOREIGN KEY (policy_id) REFERENCES alert_policy (id)
);

-- Recipients: people (their address as it is when the mail is written) and plain addresses.
CREATE TABLE alert_policy_user (
    policy_id BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    CONSTRAINT pk_alert_policy_user PRIMARY KEY (policy_id, user_id),
    CONSTRAINT fk_alert_policy_user_policy FOREIGN KEY (policy_id) REFERENCES alert_policy (id),
    CONSTRAINT fk_alert_policy_user_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_alert_policy_user_user ON alert_policy_user (user_id);

CREATE TABLE alert_policy_email (
    policy_id BIGINT       NOT NULL,
    email     VARCHAR(254) NOT NULL,
    CONSTRAINT pk_alert_policy_email PRIMARY KEY (policy_id, email),
    CONSTRAINT fk_alert_policy_email_policy FOREIGN KEY (policy_id) REFERENCES alert_policy (id)
);

-- What a policy raised. Policy name, condition, severity, action title and values are copies, and the action
-- state is referred to by id only, so an alert outlives its policy and its action. policy_id becomes NULL
-- when the policy is deleted.
CREATE TABLE alert (
    id                BIGINT                   NOT NULL,
    version           BIGINT                   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    policy_id         BIGINT,
    policy_name       VARCHAR(150)             NOT NULL,
    condition_type    VARCHAR(30)              NOT NULL,
    severity          VARCHAR(10)              NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    assignee_id       BIGINT,
    action_state_id   BIGINT,
    action_title      VARCHAR(300),
    field             VARCHAR(40)              NOT NULL,
    old_value         VARCHAR(500),
    new_value         VARCHAR(500),
    origin            VARCHAR(20),
    changed_by        VARCHAR(300),
    match_count       INTEGER                  NOT NULL,
    first_match_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_match_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status_changed_at TIMESTAMP WITH TIME ZONE,
    status_changed_by VARCHAR(300),
    CONSTRAINT pk_alert PRIMARY KEY (id),
    CONSTRAINT fk_alert_policy FOREIGN KEY (policy_id) REFERENCES alert_policy (id),
    CONSTRAINT fk_alert_assignee FOREIGN KEY (assignee_id) REFERENCES app_user (id),
    CONSTRAINT ck_alert_severity CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT ck_alert_status CHECK (status IN ('ACTIVE', 'INVESTIGATING', 'RESOLVED', 'DISMISSED')),
    CONSTRAINT ck_alert_origin CHECK (origin IS NULL OR origin IN ('PERSON', 'PARENT', 'AUTOMATION')),
    CONSTRAINT ck_alert_matches CHECK (match_count >= 1)
);
CREATE INDEX ix_alert_last_match ON alert (last_match_at);
CREATE INDEX ix_alert_status ON alert (status, last_match_at);
CREATE INDEX ix_alert_policy ON alert (policy_id, status);
CREATE INDEX ix_alert_assignee ON alert (assignee_id);

-- Matches of threshold policies not yet part of an alert: counted against the policy's window.
CREATE TABLE alert_match (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    policy_id   BIGINT                   NOT NULL,
    matched_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_alert_match PRIMARY KEY (id),
    CONSTRAINT fk_alert_match_policy FOREIGN KEY (policy_id) REFERENCES alert_policy (id)
);
CREATE INDEX ix_alert_match_policy ON alert_match (policy_id, matched_at);
