-- quality (issue 13): each point's figures of a day, beside its enterprise's row in quality_day, for the
-- drill-down to the worst points and their reasons.
CREATE TABLE quality_point_day (
    point_code       varchar(24)      NOT NULL,
    day              date             NOT NULL,
    enterprise_code  varchar(11)      NOT NULL,
    counted          boolean          NOT NULL,
    ever_connected   boolean          NOT NULL,
    received         bigint           NOT NULL,
    late             bigint           NOT NULL,
    usable           bigint           NOT NULL,
    flatlined        bigint           NOT NULL,
    online_minutes   double precision NOT NULL,
    expected_minutes double precision NOT NULL,
    PRIMARY KEY (enterprise_code, day, point_code)
);
-- what the day's score left out of completeness, shown on the drill-down
ALTER TABLE quality_day ADD COLUMN missing_fields text[] NOT NULL DEFAULT '{}';
