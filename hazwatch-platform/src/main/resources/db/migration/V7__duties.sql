-- Enterprise duties (SPEC §8): daily safety commitments, custody checks, filings.

-- 承诺截止时间 per jurisdiction; the most specific node on an enterprise's path wins, else the configured default.
CREATE TABLE commitment_deadline (
    jurisdiction_code text PRIMARY KEY,
    deadline          time NOT NULL,
    set_by            text NOT NULL,
    set_at            timestamptz NOT NULL DEFAULT now()
);

-- 安全风险研判与承诺公告: one row per version; a correction adds a version, the highest is current.
CREATE TABLE safety_commitment (
    enterprise_code    varchar(11) NOT NULL,
    day                date        NOT NULL,
    version            integer     NOT NULL,
    jurisdiction_path  text        NOT NULL,
    submitted_at       timestamptz NOT NULL,
    deadline_at        timestamptz NOT NULL,
    late               boolean     NOT NULL,
    submitted_by       text        NOT NULL,
    content            jsonb       NOT NULL,
    PRIMARY KEY (enterprise_code, day, version)
);
CREATE INDEX safety_commitment_day ON safety_commitment (day, jurisdiction_path);

-- A commitment found missing after the deadline; kept so the event is published once.
CREATE TABLE commitment_miss (
    enterprise_code   varchar(11) NOT NULL,
    day               date        NOT NULL,
    jurisdiction_path text        NOT NULL,
    detected_at       timestamptz NOT NULL,
    PRIMARY KEY (enterprise_code, day)
);

-- 包保履职记录: one check by a custody person of a hazard source.
CREATE TABLE custody_check (
    id                 uuid PRIMARY KEY,
    enterprise_code    varchar(11) NOT NULL,
    hazard_source_code varchar(14) NOT NULL,
    jurisdiction_path  text        NOT NULL,
    role               text        NOT NULL CHECK (role IN ('main', 'technical', 'operations')),
    person_name        text        NOT NULL,
    checked_at         timestamptz NOT NULL,
    checklist          jsonb       NOT NULL,
    findings           text,
    photos             text[]      NOT NULL DEFAULT '{}',
    recorded_by        text        NOT NULL,
    recorded_at        timestamptz NOT NULL
);
CREATE INDEX custody_check_duty ON custody_check (hazard_source_code, role, checked_at DESC);
CREATE INDEX custody_check_enterprise ON custody_check (enterprise_code);

-- An overdue custody duty already announced (one event per duty and due time).
CREATE TABLE custody_overdue (
    hazard_source_code varchar(14) NOT NULL,
    role               text        NOT NULL,
    due_at             timestamptz NOT NULL,
    enterprise_code    varchar(11) NOT NULL,
    detected_at        timestamptz NOT NULL,
    PRIMARY KEY (hazard_source_code, role, due_at)
);

-- 报备: shutdown, maintenance, equipment failure or network outage, for a period and a scope.
CREATE TABLE filing (
    id                uuid PRIMARY KEY,
    enterprise_code   varchar(11) NOT NULL,
    jurisdiction_path text        NOT NULL,
    type              text        NOT NULL,
    scope             text        NOT NULL CHECK (scope IN ('ENTERPRISE', 'HAZARD_SOURCES', 'POINTS')),
    targets           text[]      NOT NULL DEFAULT '{}',
    point_codes       text[]      NOT NULL DEFAULT '{}',
    from_at           timestamptz NOT NULL,
    until_at          timestamptz NOT NULL,
    reason            text        NOT NULL,
    status            text        NOT NULL,
    filed_by          text        NOT NULL,
    filed_at          timestamptz NOT NULL,
    response          text,
    responded_by      text,
    responded_at      timestamptz,
    period_id         uuid
);
CREATE INDEX filing_enterprise ON filing (enterprise_code, from_at);
CREATE INDEX filing_path ON filing (jurisdiction_path, from_at);
