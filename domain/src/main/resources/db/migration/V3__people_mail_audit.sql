-- ComplyScore schema, version 3: invitations, sign-in throttling, the mail outbox and the audit log.

-- An e-mail invitation with a role. Only the SHA-256 hash of the link's token is kept: whoever reads the
-- database cannot follow a pending link. Expiry is derived from expires_at; status says what was done with it.
CREATE TABLE invitation (
    id               BIGINT                   NOT NULL,
    version          BIGINT                   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    email            VARCHAR(254)             NOT NULL,
    role             VARCHAR(20)              NOT NULL,
    token_hash       VARCHAR(64)              NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    invited_by_id    BIGINT                   NOT NULL,
    accepted_user_id BIGINT,
    ended_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_invitation PRIMARY KEY (id),
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_invitation_accepted_user FOREIGN KEY (accepted_user_id) REFERENCES app_user (id),
    CONSTRAINT ck_invitation_role CHECK (role IN ('READER', 'CONTRIBUTOR', 'ASSESSOR', 'ADMINISTRATOR', 'OWNER')),
    CONSTRAINT ck_invitation_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REVOKED'))
);
CREATE INDEX ix_invitation_email ON invitation (email);
CREATE INDEX ix_invitation_status ON invitation (status);

-- Failed sign-ins per login name, whether or not an account has that name: refusing unknown names in the
-- same way as known ones tells nobody which accounts exist.
CREATE TABLE sign_in_throttle (
    id            BIGINT                   NOT NULL,
    version       BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    login         VARCHAR(254)             NOT NULL,
    failures      INTEGER                  NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (id),
    CONSTRAINT uq_sign_in_throttle_login UNIQUE (login)
);
CREATE INDEX ix_sign_in_throttle_modified ON sign_in_throttle (modified_at);

-- Every outgoing mail, written in the transaction of the change that causes it and sent afterwards.
CREATE TABLE outbox_mail (
    id              BIGINT                   NOT NULL,
    version         BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient       VARCHAR(254)             NOT NULL,
    subject         VARCHAR(200)             NOT NULL,
    text_body       ${text}                  NOT NULL,
    html_body       ${text}                  NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(500),
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_outbox_mail PRIMARY KEY (id),
    CONSTRAINT ck_outbox_mail_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_outbox_mail_due ON outbox_mail (status, next_attempt_at);

-- Security-relevant events: who did what, to whom or what, when, from which address. Never updated.
CREATE TABLE audit_event (
    id             BIGINT                   NOT NULL,
    version        BIGINT                   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type     VARCHAR(40)              NOT NULL,
    actor          VARCHAR(254),
    subject        VARCHAR(254),
    detail         VARCHAR(500),
    client_address VARCHAR(64),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_created ON audit_event (created_at);
