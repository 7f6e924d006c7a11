-- Alarms the notifications have taken up (issue 19, crash): written in the same transaction as the alarm's
-- notification, so a second AlarmRaised for the same episode (a replay) makes no second item, and the start-up
-- catch-up finds the alarms whose notification a crash lost (stored by the alarm engine, killed before the
-- listener's commit). The row of the zero id marks when the record began: older alarms are not caught up.
CREATE TABLE notify_alarm_seen (
    episode_id uuid        PRIMARY KEY,
    seen_at    timestamptz NOT NULL
);
INSERT INTO notify_alarm_seen (episode_id, seen_at) VALUES ('00000000-0000-0000-0000-000000000000', now());
