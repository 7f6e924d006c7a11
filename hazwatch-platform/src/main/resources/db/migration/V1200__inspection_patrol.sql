-- Patrols and spot checks (巡查抽查, SPEC §9): the records, the spot-check lists, the missed rounds, verifications.

CREATE TABLE patrol_record (
    id                uuid        PRIMARY KEY,
    enterprise_code   varchar(11) NOT NULL,
    jurisdiction_path text        NOT NULL,           -- the enterprise's, rewritten when it moves
    kind              varchar(16) NOT NULL,           -- PATROL (county, park) or SPOT_CHECK (city, province)
    round             varchar(16),                    -- MORNING / AFTERNOON for a patrol; null for a spot check
    day               date        NOT NULL,           -- in the platform's zone
    items             jsonb       NOT NULL,           -- [{item, result, note, evidence}]
    note              text,
    snapshots         jsonb       NOT NULL DEFAULT '[]'::jsonb,  -- [support.Attachments.Attachment]
    by_jurisdiction   varchar(20),                    -- the regulator's node; null for the platform admin
    by_path           text        NOT NULL,
    recorded_by       varchar(64) NOT NULL,
    recorded_at       timestamptz NOT NULL
);
CREATE INDEX patrol_record_day ON patrol_record (day, jurisdiction_path);
CREATE INDEX patrol_record_enterprise ON patrol_record (enterprise_code, recorded_at);

-- The spot-check list of a city (each day) or a province (each week), drawn once and kept.
CREATE TABLE spot_check_list (
    jurisdiction_code varchar(20) NOT NULL,
    period_start      date        NOT NULL,
    period_end        date        NOT NULL,
    enterprise_code   varchar(11) NOT NULL,
    jurisdiction_path text        NOT NULL,           -- the enterprise's
    drawn_at          timestamptz NOT NULL,
    PRIMARY KEY (jurisdiction_code, period_start, enterprise_code)
);

-- A round found incomplete after its deadline: published once.
CREATE TABLE patrol_round_missed (
    jurisdiction_code varchar(20) NOT NULL,
    day               date        NOT NULL,
    round             varchar(16) NOT NULL,
    jurisdiction_path text        NOT NULL,
    due               integer     NOT NULL,
    patrolled         integer     NOT NULL,
    detected_at       timestamptz NOT NULL,
    PRIMARY KEY (jurisdiction_code, day, round)
);

-- Verification (核查) of an alarm or a warning by a regulator.
CREATE TABLE patrol_verification (
    id                uuid        PRIMARY KEY,
    target            varchar(8)  NOT NULL,           -- ALARM / WARNING
    target_id         uuid        NOT NULL,
    enterprise_code   varchar(11) NOT NULL,
    jurisdiction_path text        NOT NULL,
    verdict           varchar(16) NOT NULL,           -- CONFIRMED / FALSE / DEVICE_FAULT
    note              text,
    verified_by       varchar(64) NOT NULL,
    verified_at       timestamptz NOT NULL
);
CREATE INDEX patrol_verification_target ON patrol_verification (target, target_id, verified_at);
CREATE INDEX patrol_verification_enterprise ON patrol_verification (enterprise_code, verified_at);
