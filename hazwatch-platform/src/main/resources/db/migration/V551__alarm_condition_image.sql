-- The alarm engine's saved conditions (issue 17), in place of alarm_engine_state.conditions (which held every
-- point, about 90 MB at 500,000 points, rewritten every minute): now and then a whole image of every point and,
-- between two, the points changed since the row before. A restart reads the newest whole image and every row after
-- it in id order, then replays the reading log after the last row's saved_through. Rows before the newest whole
-- image are deleted when it is written. Format: ConditionEngine (format 2).
CREATE TABLE alarm_condition_image (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    whole         boolean     NOT NULL,
    saved_through timestamptz NOT NULL,
    points        integer     NOT NULL,
    image         bytea       NOT NULL
);
-- already compact: compressing tens of megabytes a minute would only cost the database's processor
ALTER TABLE alarm_condition_image ALTER COLUMN image SET STORAGE EXTERNAL;
