-- video (issue 14): the spans in which a camera was online; an open span has until NULL. The seam other features
-- read through video.CameraPresence.
CREATE TABLE camera_presence (
    camera_code     text        NOT NULL REFERENCES camera (code) ON DELETE CASCADE,
    enterprise_code varchar(11) NOT NULL,
    since           timestamptz NOT NULL,
    until           timestamptz,
    PRIMARY KEY (camera_code, since),
    CHECK (until IS NULL OR until >= since)
);
CREATE INDEX camera_presence_enterprise ON camera_presence (enterprise_code, since);
