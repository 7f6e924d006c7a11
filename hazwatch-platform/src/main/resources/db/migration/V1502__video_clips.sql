-- video-clips (issue 14): event clips (−30 … +60 s around an alarm or AI event) uploaded by the gateway from its
-- rolling recording. The files are under <data-dir>/video/clips/<enterprise>/<id>/, never in a row. A clip is
-- ORDERED (in every heartbeat reply until delivered), STORED (its VOD playlist came) or LOST (the gateway had no
-- recording, or never delivered). No foreign key to camera: a clip is evidence and is kept for its days even if
-- the camera is removed from base data.
CREATE TABLE video_clip (
    id                uuid             PRIMARY KEY,
    enterprise_code   varchar(11)      NOT NULL,
    jurisdiction_path text             NOT NULL,
    camera_code       varchar(32)      NOT NULL,
    from_time         timestamptz      NOT NULL,
    to_time           timestamptz      NOT NULL,
    reason            text             NOT NULL,
    state             varchar(8)       NOT NULL CHECK (state IN ('ORDERED', 'STORED', 'LOST')),
    bytes             bigint           NOT NULL DEFAULT 0,
    segments          integer          NOT NULL DEFAULT 0,
    seconds           double precision NOT NULL DEFAULT 0,
    ordered_at        timestamptz      NOT NULL,
    stored_at         timestamptz
);
CREATE INDEX video_clip_camera ON video_clip (camera_code, from_time);
CREATE INDEX video_clip_enterprise ON video_clip (enterprise_code, state, from_time);
CREATE INDEX video_clip_to ON video_clip (to_time);
