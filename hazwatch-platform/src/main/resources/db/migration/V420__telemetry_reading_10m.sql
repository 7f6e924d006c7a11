-- Telemetry, issue 17: 10-minute rollups of the usable readings, so a 30-day trend at 1,000 buckets reads ~4,320
-- rows instead of 43,200 minutes. Same columns and keys as reading_1m/reading_1h (avg = sum / count); written by
-- the rollup job in the transaction of the minutes, so rollup_progress.received_through covers all three.
-- Bucket = the start of the 10 minutes (UTC, multiples of 600 s since the epoch). Kept 800 days
-- (hazwatch.telemetry.ten-minute-rollup-retention).
CREATE TABLE reading_10m (LIKE reading_1m INCLUDING ALL);

-- The minutes already rolled up, folded into their 10 minutes (the job only revises what arrives from now on).
INSERT INTO reading_10m (point_code, bucket, min, max, sum, count, last_time, last_value)
SELECT point_code, date_bin('10 minutes', bucket, TIMESTAMPTZ '1970-01-01 00:00:00+00'), min(min), max(max),
       sum(sum), sum(count), max(last_time), (array_agg(last_value ORDER BY last_time DESC))[1]
FROM reading_1m
GROUP BY 1, 2;
