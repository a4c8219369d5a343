-- ComplyScore schema, version 1: people who sign in.
-- Every migration must run unchanged on H2 2.2 and PostgreSQL 13+: plain SQL types, no vendor functions.

-- One sequence for every entity id; INCREMENT BY equals the allocation size in BaseEntity.
-- EclipseLink takes the value it draws as the last id of a block of 50: starting at 50 makes the first id 1.
CREATE SEQUENCE id_sequence START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
    id              BIGINT                   NOT NULL,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    username        VARCHAR(254)             NOT NULL,
    email           VARCHAR(254),
    display_name    VARCHAR(100)             NOT NULL,
    password_hash   VARCHAR(512)             NOT NULL,
    role            VARCHAR(20)              NOT NULL,
    active          BOOLEAN                  NOT NULL,
    last_sign_in_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT uq_app_user_email UNIQUE (email),
    CONSTRAINT ck_app_user_role CHECK (role IN ('READER', 'CONTRIBUTOR', 'ASSESSOR', 'ADMINISTRATOR', 'OWNER'))
);
