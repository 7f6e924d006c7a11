-- Cascade (级联, SPEC §12, docs/CASCADE.md).

-- On the province: the city platforms registered to send (like gateways: a code and an HMAC secret, kept as the
-- gateway secrets are because the signature is checked with it), each writing only under its jurisdiction node.
CREATE TABLE cascade_platform (
    code              varchar(6)   PRIMARY KEY,
    name              text         NOT NULL,
    jurisdiction_code varchar(12)  NOT NULL,
    jurisdiction_path text         NOT NULL,
    secret            text         NOT NULL,
    registered_at     timestamptz  NOT NULL,
    registered_by     text         NOT NULL
);

-- On the province: every forwarded object's current state, by (source platform, kind, object id).
CREATE TABLE cascade_object (
    source_platform   varchar(6)  NOT NULL REFERENCES cascade_platform (code),
    kind              varchar(16) NOT NULL,
    object_id         text        NOT NULL,
    version           bigint      NOT NULL,
    enterprise_code   varchar(11) NOT NULL,
    jurisdiction_path text        NOT NULL,
    body              jsonb       NOT NULL,
    received_at       timestamptz NOT NULL,
    PRIMARY KEY (source_platform, kind, object_id)
);
CREATE INDEX cascade_object_enterprise ON cascade_object (kind, enterprise_code);

-- On the province: every version received once; what makes a re-sent batch a duplicate.
CREATE TABLE cascade_object_version (
    source_platform varchar(6)  NOT NULL,
    kind            varchar(16) NOT NULL,
    object_id       text        NOT NULL,
    version         bigint      NOT NULL,
    received_at     timestamptz NOT NULL,
    PRIMARY KEY (source_platform, kind, object_id, version)
);

-- On the province: orders down the chain (督办), fetched by the city in seq order.
CREATE TABLE cascade_order (
    seq             bigserial   PRIMARY KEY,
    target_platform varchar(6)  NOT NULL REFERENCES cascade_platform (code),
    kind            varchar(16) NOT NULL,
    object_id       text        NOT NULL,
    enterprise_code varchar(11) NOT NULL,
    body            jsonb       NOT NULL,
    ordered_by      text        NOT NULL,
    ordered_at      timestamptz NOT NULL
);
CREATE INDEX cascade_order_target ON cascade_order (target_platform, seq);

-- On the city: the transactional outbox of changed objects (written in the transaction that changes the object,
-- or from the owner's committed event where it publishes after commit; see docs/CASCADE.md), sent in seq order.
CREATE TABLE cascade_outbox (
    seq        bigserial   PRIMARY KEY,
    kind       varchar(16) NOT NULL,
    object_id  text        NOT NULL,
    version    bigint      NOT NULL,
    enterprise_code varchar(11) NOT NULL,
    queued_at  timestamptz NOT NULL,
    sent_at    timestamptz,
    UNIQUE (kind, object_id, version)
);
CREATE INDEX cascade_outbox_unsent ON cascade_outbox (seq) WHERE sent_at IS NULL;

-- On the city: how far each stream has gone (readings: the reading log's received_at; orders: the province's seq).
CREATE TABLE cascade_cursor (
    stream     varchar(16) PRIMARY KEY,
    after_time timestamptz,
    after_seq  bigint,
    moved_at   timestamptz NOT NULL
);

-- On the city: orders from the province applied, each once.
CREATE TABLE cascade_applied_order (
    origin     text        NOT NULL,
    seq        bigint      NOT NULL,
    applied_at timestamptz NOT NULL,
    PRIMARY KEY (origin, seq)
);
