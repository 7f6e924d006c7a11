-- Limit changes (报警限值变更, issue 18): a proposal from the what-if page applied by the enterprise's safety
-- manager. The point's base data is changed at once (registry, audited registry.edit); this row is the change as
-- the county sees it in its inbox: the settings before (as the engine applied them, defaults included) and after,
-- the reason, what the replay showed, and the county's answer (acknowledged or queried).
CREATE TABLE alarm_limit_change (
    id                 uuid PRIMARY KEY,
    enterprise_code    varchar(11)      NOT NULL,
    point_code         varchar(32)      NOT NULL,
    jurisdiction_path  text             NOT NULL,
    before_ll          double precision,
    before_l           double precision,
    before_h           double precision,
    before_hh          double precision,
    before_deadband    double precision NOT NULL,
    before_on_delay    bigint           NOT NULL,
    before_off_delay   bigint           NOT NULL,
    after_ll           double precision,
    after_l            double precision,
    after_h            double precision,
    after_hh           double precision,
    after_deadband     double precision NOT NULL,
    after_on_delay     bigint           NOT NULL,
    after_off_delay    bigint           NOT NULL,
    reason             text             NOT NULL,
    replay_from        timestamptz,
    replay_to          timestamptz,
    episodes_before    integer,
    episodes_after     integer,
    status             text             NOT NULL CHECK (status IN ('APPLIED', 'ACKNOWLEDGED', 'QUERIED')),
    applied_by         text             NOT NULL,
    applied_at         timestamptz      NOT NULL,
    response           text,
    responded_by       text,
    responded_at       timestamptz
);
CREATE INDEX alarm_limit_change_path ON alarm_limit_change (jurisdiction_path, applied_at);
CREATE INDEX alarm_limit_change_point ON alarm_limit_change (point_code, applied_at);
