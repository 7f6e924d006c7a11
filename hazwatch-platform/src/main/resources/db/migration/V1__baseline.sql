-- hazwatch schema baseline. Each feature owns its tables in its own migrations:
-- V2 org (jurisdictions, users, tokens, audit), V3 registry (base data), V4 chemicals catalogue, V5 telemetry.
-- Times are timestamptz, stored in UTC.
COMMENT ON SCHEMA public IS 'hazwatch — 危险化学品安全生产风险监测预警系统';
