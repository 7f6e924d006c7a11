-- daily2 (issue 16): a filing may cover cameras (报备范围：摄像头); their codes are the filing's targets.
ALTER TABLE filing DROP CONSTRAINT IF EXISTS filing_scope_check;
ALTER TABLE filing ADD CONSTRAINT filing_scope_check
    CHECK (scope IN ('ENTERPRISE', 'HAZARD_SOURCES', 'POINTS', 'CAMERAS'));
