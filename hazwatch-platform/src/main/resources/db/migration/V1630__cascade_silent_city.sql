-- Cascade (SPEC §12, docs/CASCADE.md): the province hears its city platforms and raises a data-quality alarm when
-- one falls silent (c-ops, issue 15).

-- When the province last heard the city: any signed request of it (a batch, or its poll for orders).
ALTER TABLE cascade_platform ADD COLUMN last_heard_at timestamptz;

-- A city's silence as an alarm of the province (市级平台数据中断): raised once per silence, cleared when heard.
CREATE TABLE cascade_silence (
    id                uuid        PRIMARY KEY,
    platform          varchar(6)  NOT NULL REFERENCES cascade_platform (code),
    jurisdiction_path text        NOT NULL,
    silent_since      timestamptz NOT NULL,
    raised_at         timestamptz NOT NULL,
    cleared_at        timestamptz
);
-- one open silence per city: a second check (or a second province node) cannot raise it twice
CREATE UNIQUE INDEX cascade_silence_open ON cascade_silence (platform) WHERE cleared_at IS NULL;
CREATE INDEX cascade_silence_raised ON cascade_silence (raised_at DESC);
