-- video (issue 14): camera status and AI-analysis events.

-- Cameras' alarms (VIDEO_OFFLINE, VIDEO_EVENT) name the camera where a point's alarm names the point; camera codes
-- have up to 32 characters (registry), points 24. Only widened: every stored code stays as it is.
ALTER TABLE alarm_episode ALTER COLUMN point_code TYPE varchar(32);
ALTER TABLE alarm_cover ALTER COLUMN point_code TYPE varchar(32);

-- The state of each camera that ever reported (video-status): online as last judged (reported online and not
-- silent for 10 minutes), the last report's time, and whether its VIDEO_OFFLINE alarm stands.
CREATE TABLE camera_state (
    camera_code     text        PRIMARY KEY REFERENCES camera (code) ON DELETE CASCADE,
    enterprise_code varchar(11) NOT NULL,
    online          boolean     NOT NULL,
    last_seen       timestamptz NOT NULL,
    offline_since   timestamptz,
    alarmed         boolean     NOT NULL DEFAULT false
);
CREATE INDEX camera_state_enterprise ON camera_state (enterprise_code);

-- AI-analysis events (视频智能分析终端); the snapshot is a content-addressed file (support.Attachments), never a row.
CREATE TABLE video_event (
    id                bigserial   PRIMARY KEY,
    enterprise_code   varchar(11) NOT NULL,
    jurisdiction_path text        NOT NULL,
    camera_code       text        NOT NULL REFERENCES camera (code) ON DELETE CASCADE,
    type              varchar(16) NOT NULL,
    time              timestamptz NOT NULL,
    confidence        double precision,
    snapshot          char(64)    NOT NULL,
    snapshot_bytes    integer     NOT NULL,
    received_at       timestamptz NOT NULL,
    UNIQUE (camera_code, type, time)
);
CREATE INDEX video_event_enterprise ON video_event (enterprise_code, time);
CREATE INDEX video_event_time ON video_event (time);
