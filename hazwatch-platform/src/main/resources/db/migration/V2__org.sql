-- org: the jurisdiction tree, accounts, API tokens and the audit log.

-- Administrative divisions (GB/T 2260 codes, towns 9 digits) and chemical parks (<6 digits>P<2 digits>).
CREATE TABLE jurisdiction (
    code        varchar(12)  PRIMARY KEY,
    name        varchar(100) NOT NULL,
    level       varchar(10)  NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWN', 'PARK')),
    parent_code varchar(12)  REFERENCES jurisdiction (code),
    path        varchar(80)  NOT NULL UNIQUE,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX jurisdiction_parent ON jurisdiction (parent_code);
CREATE INDEX jurisdiction_path_prefix ON jurisdiction (path text_pattern_ops);

CREATE TABLE account (
    username          varchar(64)  PRIMARY KEY,
    display_name      varchar(100) NOT NULL,
    password_hash     varchar(200) NOT NULL,
    role              varchar(24)  NOT NULL
        CHECK (role IN ('PLATFORM_ADMIN', 'REGULATOR', 'ENTERPRISE_ADMIN', 'ENTERPRISE_OPERATOR')),
    jurisdiction_code varchar(12)  REFERENCES jurisdiction (code),
    enterprise_code   varchar(11),
    enabled           boolean      NOT NULL DEFAULT true,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    CHECK ((role = 'REGULATOR') = (jurisdiction_code IS NOT NULL)),
    CHECK ((role IN ('ENTERPRISE_ADMIN', 'ENTERPRISE_OPERATOR')) = (enterprise_code IS NOT NULL))
);
CREATE INDEX account_enterprise ON account (enterprise_code);

-- Bearer tokens: only the SHA-256 of the opaque token is kept.
CREATE TABLE api_token (
    token_sha256 char(64)    PRIMARY KEY,
    username     varchar(64) NOT NULL REFERENCES account (username),
    issued_at    timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz
);
CREATE INDEX api_token_expiry ON api_token (expires_at);

CREATE TABLE audit_log (
    id                bigserial    PRIMARY KEY,
    at                timestamptz  NOT NULL DEFAULT now(),
    username          varchar(64),
    role              varchar(24),
    action            varchar(64)  NOT NULL,
    target_type       varchar(40),
    target_code       varchar(64),
    jurisdiction_path varchar(80),
    enterprise_code   varchar(11),
    remote_addr       varchar(64),
    detail            jsonb        NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_path ON audit_log (jurisdiction_path text_pattern_ops);
CREATE INDEX audit_log_enterprise ON audit_log (enterprise_code);
