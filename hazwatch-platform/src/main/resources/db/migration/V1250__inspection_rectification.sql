-- Rectification ledger (整改台账, SPEC §9): findings, rectification orders with their timeline, enforcement flags,
-- penalties (处罚) and outside bulletins (外部通报) naming an enterprise. Every row keeps the enterprise's
-- jurisdiction path (rewritten when the registry moves the enterprise) for the regulators' scope.

CREATE TABLE inspection_finding (
    id                uuid PRIMARY KEY,
    enterprise_code   varchar(11) NOT NULL,
    jurisdiction_path text        NOT NULL,
    item              text        NOT NULL,
    patrol_id         uuid,
    found_at          timestamptz NOT NULL,
    found_by          text        NOT NULL,
    note              text
);
-- one finding per abnormal item of a patrol record, however often an order is issued from it
CREATE UNIQUE INDEX inspection_finding_patrol_item ON inspection_finding (patrol_id, item) WHERE patrol_id IS NOT NULL;
CREATE INDEX inspection_finding_enterprise ON inspection_finding (enterprise_code, item, found_at);

CREATE TABLE rectification_order (
    id                 uuid PRIMARY KEY,
    number             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    enterprise_code    varchar(11) NOT NULL,
    jurisdiction_path  text        NOT NULL,
    finding_id         uuid REFERENCES inspection_finding (id),
    patrol_id          uuid,
    item               text        NOT NULL,
    problem            text        NOT NULL,
    deadline           timestamptz NOT NULL,
    state              text        NOT NULL CHECK (state IN ('OPEN', 'ANSWERED', 'CLOSED', 'RETURNED')),
    issued_by          text        NOT NULL,
    issuer_path        text        NOT NULL,
    issued_at          timestamptz NOT NULL,
    closed_at          timestamptz,
    escalated_at       timestamptz,
    escalated_to_path  text
);
CREATE INDEX rectification_order_path ON rectification_order (jurisdiction_path, issued_at);
CREATE INDEX rectification_order_enterprise ON rectification_order (enterprise_code, issued_at);
CREATE INDEX rectification_order_overdue ON rectification_order (deadline) WHERE state <> 'CLOSED' AND escalated_at IS NULL;

-- the timeline of an order: issued, answered (measures, photos), returned / accepted (note), escalated
CREATE TABLE rectification_step (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    uuid        NOT NULL REFERENCES rectification_order (id),
    step        text        NOT NULL,
    state_after text        NOT NULL,
    by_user     text        NOT NULL,
    at          timestamptz NOT NULL,
    text        text,
    photos      jsonb       NOT NULL DEFAULT '[]'
);
CREATE INDEX rectification_step_order ON rectification_step (order_id, id);

-- an enterprise flagged for enforcement (the same item abnormal n times within the window)
CREATE TABLE enforcement_flag (
    id                uuid PRIMARY KEY,
    enterprise_code   varchar(11) NOT NULL,
    jurisdiction_path text        NOT NULL,
    item              text        NOT NULL,
    findings          int         NOT NULL,
    window_from       timestamptz NOT NULL,
    flagged_at        timestamptz NOT NULL
);
CREATE INDEX enforcement_flag_enterprise ON enforcement_flag (enterprise_code, item, flagged_at);
CREATE INDEX enforcement_flag_path ON enforcement_flag (jurisdiction_path, flagged_at);

CREATE TABLE penalty (
    id                uuid PRIMARY KEY,
    enterprise_code   varchar(11) NOT NULL,
    jurisdiction_path text        NOT NULL,
    decision_number   text        NOT NULL,
    decided_on        date        NOT NULL,
    amount            numeric(14, 2) NOT NULL CHECK (amount >= 0),
    basis             text        NOT NULL,
    note              text,
    recorded_by       text        NOT NULL,
    recorded_at       timestamptz NOT NULL
);
CREATE INDEX penalty_path ON penalty (jurisdiction_path, decided_on);

CREATE TABLE outside_bulletin (
    id                uuid PRIMARY KEY,
    enterprise_code   varchar(11) NOT NULL,
    jurisdiction_path text        NOT NULL,
    source            text        NOT NULL,
    published_on      date        NOT NULL,
    title             text        NOT NULL,
    attachment        jsonb,
    recorded_by       text        NOT NULL,
    recorded_at       timestamptz NOT NULL
);
CREATE INDEX outside_bulletin_path ON outside_bulletin (jurisdiction_path, published_on);
