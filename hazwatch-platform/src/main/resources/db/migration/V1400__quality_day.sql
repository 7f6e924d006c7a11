-- quality (issue 13): one row per enterprise and day (platform zone), written by the daily job; the seam other
-- features read through quality.QualityScores.
CREATE TABLE quality_day (
    enterprise_code   varchar(11)      NOT NULL,
    day               date             NOT NULL,
    jurisdiction_path text             NOT NULL,
    access_rate       double precision,
    online_rate       double precision,
    timeliness        double precision,
    validity          double precision,
    video_online_rate double precision,
    completeness      double precision,
    score             double precision NOT NULL,
    grade             char(1)          NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
    computed_at       timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (enterprise_code, day)
);
CREATE INDEX quality_day_path ON quality_day (day, jurisdiction_path text_pattern_ops);
