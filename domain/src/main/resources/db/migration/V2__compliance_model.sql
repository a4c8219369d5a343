-- ComplyScore schema, version 2: the compliance model behind the score.
-- ${text} is an unbounded text type: TEXT on PostgreSQL, CHARACTER LARGE OBJECT on H2 (see DatabaseSchema).

CREATE TABLE category (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    name        VARCHAR(100)             NOT NULL,
    sort_order  INTEGER                  NOT NULL,
    CONSTRAINT pk_category PRIMARY KEY (id),
    CONSTRAINT uq_category_name UNIQUE (name)
);

CREATE TABLE solution (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    name        VARCHAR(150)             NOT NULL,
    description VARCHAR(2000),
    url         VARCHAR(2000),
    CONSTRAINT pk_solution PRIMARY KEY (id),
    CONSTRAINT uq_solution_name UNIQUE (name)
);

CREATE TABLE improvement_action (
    id                  BIGINT                   NOT NULL,
    version             BIGINT                   NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    title               VARCHAR(300)             NOT NULL,
    description         ${text},
    how_to_implement    ${text},
    implementation_type VARCHAR(20)              NOT NULL,
    purpose             VARCHAR(20)              NOT NULL,
    enforcement         VARCHAR(20)              NOT NULL,
    points              INTEGER                  NOT NULL,
    owner               VARCHAR(20)              NOT NULL,
    solution_id         BIGINT,
    category_id         BIGINT,
    CONSTRAINT pk_improvement_action PRIMARY KEY (id),
    CONSTRAINT uq_improvement_action_title UNIQUE (title),
    CONSTRAINT fk_improvement_action_solution FOREIGN KEY (solution_id) REFERENCES solution (id),
    CONSTRAINT fk_improvement_action_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT ck_improvement_action_points CHECK (points BETWEEN 1 AND 99),
    CONSTRAINT ck_improvement_action_type CHECK (implementation_type IN ('TECHNICAL', 'OPERATIONAL', 'DOCUMENTATION')),
    CONSTRAINT ck_improvement_action_purpose CHECK (purpose IN ('PREVENTIVE', 'DETECTIVE', 'CORRECTIVE')),
    CONSTRAINT ck_improvement_action_enforcement CHECK (enforcement IN ('MANDATORY', 'DISCRETIONARY')),
    CONSTRAINT ck_improvement_action_owner CHECK (owner IN ('ORGANIZATION', 'PROVIDER'))
);
CREATE INDEX ix_improvement_action_solution ON improvement_action (solution_id);
CREATE INDEX ix_improvement_action_category ON improvement_action (category_id);

CREATE TABLE template (
    id               BIGINT                   NOT NULL,
    version          BIGINT                   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    title            VARCHAR(200)             NOT NULL,
    product          VARCHAR(200)             NOT NULL,
    regulation       VARCHAR(200)             NOT NULL,
    template_version VARCHAR(50),
    source           VARCHAR(20)              NOT NULL,
    source_reference VARCHAR(1000),
    CONSTRAINT pk_template PRIMARY KEY (id),
    CONSTRAINT uq_template_title UNIQUE (title),
    CONSTRAINT ck_template_source CHECK (source IN ('BUILT_IN', 'OSCAL', 'EXCEL'))
);
CREATE INDEX ix_template_regulation ON template (regulation);

CREATE TABLE control_family (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    template_id BIGINT                   NOT NULL,
    family_key  VARCHAR(50)              NOT NULL,
    title       VARCHAR(200)             NOT NULL,
    sort_order  INTEGER                  NOT NULL,
    CONSTRAINT pk_control_family PRIMARY KEY (id),
    CONSTRAINT uq_control_family_key UNIQUE (template_id, family_key),
    CONSTRAINT fk_control_family_template FOREIGN KEY (template_id) REFERENCES template (id)
);

CREATE TABLE control (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    family_id   BIGINT                   NOT NULL,
    template_id BIGINT                   NOT NULL,
    control_key VARCHAR(50)              NOT NULL,
    title       VARCHAR(500)             NOT NULL,
    statement   ${text},
    guidance    ${text},
    sort_order  INTEGER                  NOT NULL,
    CONSTRAINT pk_control PRIMARY KEY (id),
    CONSTRAINT uq_control_key UNIQUE (template_id, control_key),
    CONSTRAINT fk_control_family FOREIGN KEY (family_id) REFERENCES control_family (id),
    CONSTRAINT fk_control_template FOREIGN KEY (template_id) REFERENCES template (id)
);
CREATE INDEX ix_control_family ON control (family_id);

-- Which actions satisfy which controls (many to many: one action can serve controls of several templates).
CREATE TABLE control_action (
    control_id BIGINT NOT NULL,
    action_id  BIGINT NOT NULL,
    CONSTRAINT pk_control_action PRIMARY KEY (control_id, action_id),
    CONSTRAINT fk_control_action_control FOREIGN KEY (control_id) REFERENCES control (id),
    CONSTRAINT fk_control_action_action FOREIGN KEY (action_id) REFERENCES improvement_action (id)
);
CREATE INDEX ix_control_action_action ON control_action (action_id);

CREATE TABLE assessment_group (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    name        VARCHAR(100)             NOT NULL,
    CONSTRAINT pk_assessment_group PRIMARY KEY (id),
    CONSTRAINT uq_assessment_group_name UNIQUE (name)
);

CREATE TABLE assessment (
    id          BIGINT                   NOT NULL,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    group_id    BIGINT                   NOT NULL,
    template_id BIGINT                   NOT NULL,
    CONSTRAINT pk_assessment PRIMARY KEY (id),
    CONSTRAINT uq_assessment_group_template UNIQUE (group_id, template_id),
    CONSTRAINT fk_assessment_group FOREIGN KEY (group_id) REFERENCES assessment_group (id),
    CONSTRAINT fk_assessment_template FOREIGN KEY (template_id) REFERENCES template (id)
);
CREATE INDEX ix_assessment_template ON assessment (template_id);

-- The workflow record of an action in one scope: scope_key is the group's id for the organization's
-- non-technical actions, 0 for the organization (technical and provider actions).
CREATE TABLE action_state (
    id                    BIGINT                   NOT NULL,
    version               BIGINT                   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    action_id             BIGINT                   NOT NULL,
    group_id              BIGINT,
    scope_key             BIGINT                   NOT NULL,
    assignee_id           BIGINT,
    implementation_status VARCHAR(30)              NOT NULL,
    implementation_date   DATE,
    implementation_notes  ${text},
    test_status           VARCHAR(30)              NOT NULL,
    test_date             DATE,
    test_notes            ${text},
    additional_notes      ${text},
    testing_source        VARCHAR(20)              NOT NULL,
    partial_fraction      NUMERIC(5, 4),
    CONSTRAINT pk_action_state PRIMARY KEY (id),
    CONSTRAINT uq_action_state_scope UNIQUE (action_id, scope_key),
    CONSTRAINT fk_action_state_action FOREIGN KEY (action_id) REFERENCES improvement_action (id),
    CONSTRAINT fk_action_state_group FOREIGN KEY (group_id) REFERENCES assessment_group (id),
    CONSTRAINT fk_action_state_assignee FOREIGN KEY (assignee_id) REFERENCES app_user (id),
    CONSTRAINT ck_action_state_scope CHECK (scope_key = COALESCE(group_id, 0)),
    CONSTRAINT ck_action_state_fraction CHECK (partial_fraction BETWEEN 0 AND 1),
    CONSTRAINT ck_action_state_implementation CHECK (implementation_status IN
        ('NOT_IMPLEMENTED', 'PLANNED', 'IMPLEMENTED', 'ALTERNATIVE_IMPLEMENTATION', 'OUT_OF_SCOPE')),
    CONSTRAINT ck_action_state_test CHECK (test_status IN
        ('NONE', 'NOT_ASSESSED', 'IN_PROGRESS', 'PASSED', 'FAILED_LOW_RISK', 'FAILED_MEDIUM_RISK', 'FAILED_HIGH_RISK',
         'OUT_OF_SCOPE', 'TO_BE_DETECTED', 'COULD_NOT_BE_DETECTED', 'PARTIALLY_TESTED')),
    CONSTRAINT ck_action_state_source CHECK (testing_source IN ('MANUAL', 'AUTOMATIC', 'PARENT'))
);
CREATE INDEX ix_action_state_group ON action_state (group_id);
CREATE INDEX ix_action_state_assignee ON action_state (assignee_id);

-- The action states an assessment tracks: one per action of its template, however many controls use it.
CREATE TABLE assessment_action (
    assessment_id   BIGINT NOT NULL,
    action_state_id BIGINT NOT NULL,
    CONSTRAINT pk_assessment_action PRIMARY KEY (assessment_id, action_state_id),
    CONSTRAINT fk_assessment_action_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT fk_assessment_action_state FOREIGN KEY (action_state_id) REFERENCES action_state (id)
);
CREATE INDEX ix_assessment_action_state ON assessment_action (action_state_id);
