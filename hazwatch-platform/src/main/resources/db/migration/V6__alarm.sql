-- Alarms (报警): episodes and every transition of them, covers (shelves, suppressions, out-of-service periods),
-- rate-of-change limits, the engine's progress and saved state, and the daily alarm-system health figures.

CREATE TABLE alarm_episode (
    id                uuid PRIMARY KEY,             -- derived from the alarm and the time it was raised
    enterprise_code   varchar(11) NOT NULL,
    point_code        varchar(24),                  -- null for the enterprise's own alarms (enterprise offline)
    jurisdiction_path text        NOT NULL,
    kind              varchar(20) NOT NULL,
    severity          varchar(8)  NOT NULL,
    priority          varchar(6)  NOT NULL,
    state             varchar(24) NOT NULL,         -- ISA-18.2 state; NORMAL = closed
    active            boolean     NOT NULL,
    acknowledged      boolean     NOT NULL,
    cover             varchar(16) NOT NULL,
    raised_at         timestamptz NOT NULL,
    cleared_at        timestamptz,
    peak_value        double precision,
    late              boolean     NOT NULL,         -- raised by a back-filled reading
    seq               integer     NOT NULL
);
CREATE INDEX alarm_episode_open ON alarm_episode (raised_at) WHERE state <> 'NORMAL';
CREATE INDEX alarm_episode_raised ON alarm_episode (raised_at);
CREATE INDEX alarm_episode_enterprise ON alarm_episode (enterprise_code, raised_at);

CREATE TABLE alarm_transition (
    episode_id  uuid        NOT NULL REFERENCES alarm_episode (id) ON DELETE CASCADE,
    seq         integer     NOT NULL,
    at          timestamptz NOT NULL,               -- reading time for condition changes, wall clock otherwise
    recorded_at timestamptz NOT NULL DEFAULT now(),
    actor       text        NOT NULL,
    kind        varchar(24) NOT NULL,
    from_state  varchar(24) NOT NULL,
    to_state    varchar(24) NOT NULL,
    severity    varchar(8)  NOT NULL,
    value       double precision,
    note        text,
    PRIMARY KEY (episode_id, seq)
);
CREATE INDEX alarm_transition_at ON alarm_transition (at);

-- Shelves (one alarm), suppressions by design (a point or an equipment's points), out-of-service periods
-- (points of an enterprise, or all of it). Ending one sets until_at; rows are kept as the record.
CREATE TABLE alarm_cover (
    id                uuid PRIMARY KEY,
    type              varchar(16) NOT NULL,         -- SHELVED, SUPPRESSED, OUT_OF_SERVICE
    enterprise_code   varchar(11) NOT NULL,
    jurisdiction_path text        NOT NULL,
    point_code        varchar(24),                  -- shelf
    kind              varchar(20),                  -- shelf
    target            varchar(24),                  -- suppression: point or equipment code
    point_codes       text[],                       -- out of service: empty = the whole enterprise
    from_at           timestamptz NOT NULL,
    until_at          timestamptz,
    by_actor          text        NOT NULL,
    reason            text
);

CREATE TABLE alarm_rate_limit (
    point_code varchar(24) PRIMARY KEY,
    per_minute double precision NOT NULL CHECK (per_minute > 0)
);

-- evaluated_through: every write group received up to here has its transitions stored.
-- saved_through: the saved conditions are those after the group received then.
CREATE TABLE alarm_engine_state (
    id                boolean PRIMARY KEY DEFAULT true CHECK (id),
    evaluated_through timestamptz NOT NULL,
    saved_through     timestamptz NOT NULL,
    conditions        bytea
);
INSERT INTO alarm_engine_state (evaluated_through, saved_through) VALUES ('epoch', 'epoch');

CREATE TABLE alarm_health_daily (
    scope   varchar(40) NOT NULL,                   -- an enterprise code, or a jurisdiction code
    day     date        NOT NULL,                   -- in Asia/Shanghai
    figures jsonb       NOT NULL,
    PRIMARY KEY (scope, day)
);
