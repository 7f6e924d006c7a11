-- Notifications (通知推送): an outbox written in the transaction of the event that causes it, and one delivery
-- per recipient address and channel that the dispatcher works off. See docs/NOTIFY.md.

-- One message to one audience about one occasion. Grouped kinds (alarms) stay OPEN until not_before, merging
-- what else arrives for the same group key; then the dispatcher sends the deliveries.
CREATE TABLE notification (
    id                 uuid PRIMARY KEY,
    idempotency_key    text        NOT NULL UNIQUE,
    kind               text        NOT NULL,
    enterprise_code    varchar(11) NOT NULL,
    jurisdiction_path  text        NOT NULL,
    level              text,
    warning_id         uuid,
    group_key          text,
    group_count        integer     NOT NULL DEFAULT 1,
    subject            text        NOT NULL,
    text               text        NOT NULL,
    sms_text           text        NOT NULL,
    items              text        NOT NULL DEFAULT '',
    created_at         timestamptz NOT NULL,
    not_before         timestamptz NOT NULL,
    status             text        NOT NULL
);
CREATE INDEX notification_group ON notification (group_key, not_before) WHERE status = 'OPEN';
CREATE INDEX notification_warning ON notification (warning_id) WHERE warning_id IS NOT NULL;
CREATE INDEX notification_enterprise ON notification (enterprise_code, created_at);
CREATE INDEX notification_path ON notification (jurisdiction_path text_pattern_ops, created_at);

-- One address on one channel. The idempotency key (notification key, channel, address) goes with every attempt.
CREATE TABLE delivery (
    id               uuid PRIMARY KEY,
    notification_id  uuid        NOT NULL REFERENCES notification (id),
    channel          text        NOT NULL,
    address          text        NOT NULL,
    recipient_name   text,
    recipient_role   text,
    idempotency_key  text        NOT NULL UNIQUE,
    state            text        NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    next_attempt_at  timestamptz NOT NULL,
    lease_until      timestamptz,
    last_error       text,
    provider_ref     text,
    delivered_at     timestamptz
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE state IN ('PENDING', 'RETRY');
CREATE INDEX delivery_lease ON delivery (lease_until) WHERE state = 'SENDING';
CREATE INDEX delivery_notification ON delivery (notification_id);
CREATE INDEX delivery_feed ON delivery (channel, created_at) WHERE channel = 'feed';

-- Regulators' people to notify (监管值班人员): who is on duty at which jurisdiction node, by which channels.
CREATE TABLE notify_contact (
    id                uuid PRIMARY KEY,
    jurisdiction_code text        NOT NULL,
    jurisdiction_path text        NOT NULL,
    name              text        NOT NULL,
    role              text        NOT NULL,
    phone             text,
    email             text,
    on_duty           boolean     NOT NULL DEFAULT true,
    channels          text        NOT NULL DEFAULT 'sms,email',
    updated_by        text        NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX notify_contact_path ON notify_contact (jurisdiction_path text_pattern_ops);

-- Warnings seen, for the repeat reminder (重复提醒) while a warning is not signed for.
CREATE TABLE notify_warning (
    warning_id         uuid PRIMARY KEY,
    enterprise_code    varchar(11) NOT NULL,
    hazard_source_code varchar(14),
    jurisdiction_path  text        NOT NULL,
    level              text        NOT NULL,
    factors            text        NOT NULL,
    raised_at          timestamptz NOT NULL,
    last_notified_at   timestamptz NOT NULL,
    repeats            integer     NOT NULL DEFAULT 0,
    stopped_at         timestamptz,
    stop_reason        text
);
CREATE INDEX notify_warning_open ON notify_warning (last_notified_at) WHERE stopped_at IS NULL;
