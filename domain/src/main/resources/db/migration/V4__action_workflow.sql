-- ComplyScore schema, version 4: the improvement-action workflow (issue 5): parent actions,
-- evidence, and the history of every change.
-- ${text} is unbounded text and ${blob} unbounded bytes; DatabaseSchema spells them per database.

-- Testing source Parent: the state mirrors another state (F27). The check keeps source and link together.
ALTER TABLE action_state ADD COLUMN parent_state_id BIGINT;
ALTER TABLE action_state ADD CONSTRAINT fk_action_state_parent
    FOREIGN KEY (parent_state_id) REFERENCES action_state (id);
ALTER TABLE action_state ADD CONSTRAINT ck_action_state_parent
    CHECK ((testing_source = 'PARENT' AND parent_state_id IS NOT NULL)
        OR (testing_source <> 'PARENT' AND parent_state_id IS NULL));
CREATE INDEX ix_action_state_parent ON action_state (parent_state_id);

-- Evidence of an action state: an uploaded file (its bytes in evidence_content) or a link (F25).
CREATE TABLE evidence (
    id              BIGINT                   NOT NULL,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    action_state_id BIGINT                   NOT NULL,
    kind            VARCHAR(10)              NOT NULL,
    name            VARCHAR(255)             NOT NULL,
    url             VARCHAR(2000),
    content_type    VARCHAR(150),
    size_bytes      BIGINT,
    sha256          CHAR(64),
    added_by_id     BIGINT                   NOT NULL,
    CONSTRAINT pk_evidence PRIMARY KEY (id),
    CONSTRAINT fk_evidence_state FOREIGN KEY (action_state_id) REFERENCES action_state (id),
    CONSTRAINT fk_evidence_added_by FOREIGN KEY (added_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_evidence_kind CHECK (
        (kind = 'FILE' AND url IS NULL AND content_type IS NOT NULL AND size_bytes IS NOT NULL AND sha256 IS NOT NULL)
     OR (kind = 'LINK' AND url IS NOT NULL AND content_type IS NULL AND size_bytes IS NULL AND sha256 IS NULL))
);
CREATE INDEX ix_evidence_state ON evidence (action_state_id);

-- The bytes apart from the description, so that listing evidence never reads them. In the database, so a
-- cluster of servers needs no shared disk.
CREATE TABLE evidence_content (
    evidence_id BIGINT  NOT NULL,
    content     ${blob} NOT NULL,
    CONSTRAINT pk_evidence_content PRIMARY KEY (evidence_id),
    CONSTRAINT fk_evidence_content_evidence FOREIGN KEY (evidence_id) REFERENCES evidence (id)
);

-- Every change of an action state, field by field, old -> new (F26). The name is kept as it was, so the
-- history still reads right after the person's name changes or the account is gone.
CREATE TABLE action_change (
    id              BIGINT                   NOT NULL,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    action_state_id BIGINT                   NOT NULL,
    changed_by_id   BIGINT,
    changed_by_name VARCHAR(300)             NOT NULL,
    origin          VARCHAR(20)              NOT NULL,
    field           VARCHAR(40)              NOT NULL,
    old_value       ${text},
    new_value       ${text},
    CONSTRAINT pk_action_change PRIMARY KEY (id),
    CONSTRAINT fk_action_change_state FOREIGN KEY (action_state_id) REFERENCES action_state (id),
    CONSTRAINT fk_action_change_by FOREIGN KEY (changed_by_id) REFERENCES app_user (id),
    CONSTRAINT ck_action_change_origin CHECK (origin IN ('PERSON', 'PARENT', 'AUTOMATION'))
);
CREATE INDEX ix_action_change_state ON action_change (action_state_id, created_at);
