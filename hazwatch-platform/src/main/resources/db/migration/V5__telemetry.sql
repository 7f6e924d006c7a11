-- Telemetry (实时数据): raw readings, their 1-minute and 1-hour rollups, the rollup job's progress.
-- Point codes use the "C" collation: they are ASCII codes, and byte comparison keeps the primary key cheap.

-- Range-partitioned by UTC day. Partitions (reading_pYYYYMMDD) are created ahead by the platform, on demand for
-- back-fill, and dropped by the retention job; there is no default partition, so dropping a day is instant.
-- Each partition is appended in arrival order, which keeps the BRIN index on received_at (the rollup job's
-- "what arrived since" scan) tight even for back-filled days.
CREATE TABLE reading (
    point_code  varchar(24) COLLATE "C" NOT NULL,
    time        timestamptz      NOT NULL,
    value       double precision NOT NULL,
    quality     varchar(9)       NOT NULL,   -- GOOD, UNCERTAIN, BAD (as sent) or INVALID (outside measuring range)
    late        boolean          NOT NULL,   -- arrived as back-fill
    received_at timestamptz      NOT NULL,
    PRIMARY KEY (point_code, time)
) PARTITION BY RANGE (time);

CREATE INDEX reading_time_brin ON reading USING brin (time);
CREATE INDEX reading_received_brin ON reading USING brin (received_at);

-- Aggregates of the usable readings (GOOD and UNCERTAIN) of one point in one bucket; avg = sum / count.
CREATE TABLE reading_1m (
    point_code varchar(24) COLLATE "C" NOT NULL,
    bucket     timestamptz      NOT NULL,
    min        double precision NOT NULL,
    max        double precision NOT NULL,
    sum        double precision NOT NULL,
    count      integer          NOT NULL,
    last_time  timestamptz      NOT NULL,
    last_value double precision NOT NULL,
    PRIMARY KEY (point_code, bucket)
);
CREATE INDEX reading_1m_bucket ON reading_1m USING brin (bucket);

CREATE TABLE reading_1h (LIKE reading_1m INCLUDING ALL);

-- Everything received before received_through has been rolled up.
CREATE TABLE rollup_progress (
    id               boolean PRIMARY KEY DEFAULT true CHECK (id),
    received_through timestamptz NOT NULL
);
INSERT INTO rollup_progress (received_through) VALUES ('epoch');
