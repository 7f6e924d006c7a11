-- hazwatch schema baseline. Each feature owns its tables in its own migrations:
-- V2 org (jurisdictions, users, tokens, audit), V3 registry (base data), V4 chemicals catalogue.
-- Times are timestamptz, stored in UTC.
SELECT 1;
