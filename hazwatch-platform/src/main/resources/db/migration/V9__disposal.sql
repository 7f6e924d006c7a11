-- Handling (处置) and supervision (督办) of warnings, SPEC §7.

-- One case per warning. level is the highest the warning reached; deadline_at is the open step's.
CREATE TABLE disposal_case (
    warning_id            uuid PRIMARY KEY,
    enterprise_code       varchar(11) NOT NULL,
    hazard_source_code    varchar(14),
    jurisdiction_path     text        NOT NULL,
    level                 text        NOT NULL,
    current_level         text        NOT NULL,
    state                 text        NOT NULL,
    deadline_at           timestamptz,
    rungs_taken           smallint    NOT NULL DEFAULT 0,
    follow_up_deadline_at timestamptz,
    follow_up_escalated   boolean     NOT NULL DEFAULT false,
    lifted                boolean     NOT NULL DEFAULT false,
    -- when the watch must look at the case next (next rung or follow-up deadline); null when nothing can fall due
    next_due_at           timestamptz,
    raised_at             timestamptz NOT NULL,
    signed_for_at         timestamptz,
    fed_back_at           timestamptz,
    closed_at             timestamptz,
    updated_at            timestamptz NOT NULL
);
CREATE INDEX disposal_case_due ON disposal_case (next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX disposal_case_open ON disposal_case (enterprise_code) WHERE state <> 'CLOSED';
CREATE INDEX disposal_case_path ON disposal_case (jurisdiction_path text_pattern_ops, raised_at DESC);

-- The timeline (处置时间线): the warning's own events as received, every step, escalation and follow-up order.
CREATE TABLE disposal_step (
    id         bigserial PRIMARY KEY,
    warning_id uuid        NOT NULL REFERENCES disposal_case (warning_id),
    at         timestamptz NOT NULL,
    kind       text        NOT NULL,
    actor      text,
    text       text        NOT NULL,
    detail     jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX disposal_step_case ON disposal_step (warning_id, at, id);

-- 现场照片 of a feedback: JPEG or PNG, at most 5 MiB each (hazwatch.disposal.photos.max-bytes may lower it).
CREATE TABLE disposal_photo (
    id           uuid PRIMARY KEY,
    warning_id   uuid        NOT NULL REFERENCES disposal_case (warning_id),
    step_id      bigint      NOT NULL REFERENCES disposal_step (id),
    content_type text        NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    size_bytes   integer     NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 5242880),
    data         bytea       NOT NULL,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL
);
CREATE INDEX disposal_photo_case ON disposal_photo (warning_id);
