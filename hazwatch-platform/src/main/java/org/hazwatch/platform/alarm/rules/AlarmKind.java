package org.hazwatch.platform.alarm.rules;

/**
 * What an alarm watches (报警类型). Each kind has at most one open episode per point (per enterprise for
 * {@link #ENTERPRISE_OFFLINE}); the limit alarms have one per direction.
 */
public enum AlarmKind {
    /** H 高报 and HH 高高报: one episode whose severity rises and falls between them. */
    LIMIT_HIGH,
    /** L 低报 and LL 低低报. */
    LIMIT_LOW,
    /** 变化速率: the value changed faster than the point's rate limit (units per minute). */
    RATE_OF_CHANGE,
    /** 数据僵值: an analog value unchanged for 60 minutes (SPEC §4, default). */
    FLATLINE,
    /** 无效值: outside the measuring range, or bad quality. */
    INVALID_VALUE,
    /** 点位离线: no reading for 10 minutes; judged on the wall clock. */
    POINT_OFFLINE,
    /** 企业离线: nothing from the enterprise's gateways for 10 minutes; judged on the wall clock. */
    ENTERPRISE_OFFLINE,
    /** 视频离线: a camera offline or silent for 10 minutes (SPEC §11); judged on the wall clock. */
    VIDEO_OFFLINE,
    /** 视频报警: the AI-analysis terminal saw smoke or fire, or a leak (SPEC §11); one episode per camera. */
    VIDEO_EVENT,
    /**
     * 市级平台数据中断: on a province, a registered city platform silent for 10 minutes (cascade, SPEC §12); kept
     * by the cascade feature, not by this engine; no enterprise, no point; judged on the wall clock.
     */
    PLATFORM_SILENT;

    /** Whether the kind is judged on the readings' own times (so replays and back-fill give the same alarms). */
    public boolean onReadingTime() {
        return this != POINT_OFFLINE && this != ENTERPRISE_OFFLINE && this != PLATFORM_SILENT && !onCamera();
    }

    /** Whether the kind watches a camera (its key names the camera, not a point). */
    public boolean onCamera() {
        return this == VIDEO_OFFLINE || this == VIDEO_EVENT;
    }
}
