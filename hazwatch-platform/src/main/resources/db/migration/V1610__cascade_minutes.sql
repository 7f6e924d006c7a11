-- Cascade 1-minute rollups (hazwatch.cascade.readings=MINUTE, docs/CASCADE.md).

-- On the province: the version of each forwarded minute that stands in reading_1m (a newer one replaces it, an
-- older one does not); each version received is recorded once in cascade_object_version, kind 'MINUTE'.
CREATE TABLE cascade_minute (
    point_code      varchar(24) COLLATE "C" NOT NULL,
    bucket          timestamptz NOT NULL,
    source_platform varchar(6)  NOT NULL REFERENCES cascade_platform (code),
    version         bigint      NOT NULL,
    received_at     timestamptz NOT NULL,
    PRIMARY KEY (point_code, bucket)
);
