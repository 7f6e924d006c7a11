-- Risk warnings (预警, SPEC §6): one row per warning, at most one standing per enterprise and hazard source (or
-- per enterprise as a whole, hazard_source_code null), and every change of it. Warnings are never deleted.

CREATE TABLE warning (
    id                 uuid PRIMARY KEY,
    enterprise_code    varchar(11) NOT NULL,
    hazard_source_code varchar(14),                  -- null: the enterprise as a whole
    jurisdiction_path  text        NOT NULL,
    level              varchar(6)  NOT NULL,         -- RED, ORANGE, YELLOW, BLUE: the level now (the last while lifted)
    peak_level         varchar(6)  NOT NULL,         -- the highest level it reached
    status             varchar(8)  NOT NULL,         -- STANDING, LIFTED
    raised_at          timestamptz NOT NULL,
    lifted_at          timestamptz,
    updated_at         timestamptz NOT NULL,
    score              integer     NOT NULL,
    factors            jsonb       NOT NULL,         -- [{code, label, detail, score}] as last assessed
    signature          jsonb       NOT NULL          -- what the factors are about, to tell a change after a restart
);
CREATE UNIQUE INDEX warning_one_standing ON warning (enterprise_code, coalesce(hazard_source_code, ''))
    WHERE status = 'STANDING';
CREATE INDEX warning_raised ON warning (raised_at);
CREATE INDEX warning_path ON warning (jurisdiction_path text_pattern_ops, raised_at);

CREATE TABLE warning_event (
    id         bigserial PRIMARY KEY,
    warning_id uuid        NOT NULL REFERENCES warning (id),
    at         timestamptz NOT NULL,
    kind       varchar(16) NOT NULL,                 -- RAISED, UPGRADED, DOWNGRADED, FACTORS_CHANGED, LIFTED
    from_level varchar(6),
    level      varchar(6),                           -- null when lifted
    score      integer     NOT NULL,
    factors    jsonb       NOT NULL
);
CREATE INDEX warning_event_warning ON warning_event (warning_id, id);
