-- security (issue 19): a gateway's secret is rotated; the previous one stays valid for a grace period so that the
-- gateway can be reconfigured without losing data (HTTP signatures and MQTT passwords both honour it).
ALTER TABLE gateway ADD COLUMN previous_secret varchar(64);
ALTER TABLE gateway ADD COLUMN previous_secret_until timestamptz;
ALTER TABLE gateway ADD COLUMN secret_rotated_at timestamptz;
