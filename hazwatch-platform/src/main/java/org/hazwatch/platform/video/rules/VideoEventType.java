package org.hazwatch.platform.video.rules;

import java.util.Arrays;
import java.util.Optional;

/** What the AI-analysis terminal (视频智能分析终端) reports (SPEC §11); smoke or fire and leaks raise alarms. */
public enum VideoEventType {
    DUTY_ABSENT("离岗", false),
    DUTY_SLEEPING("睡岗", false),
    NO_HELMET("未戴安全帽", false),
    SMOKE_FIRE("烟火", true),
    INTRUSION("人员闯入", false),
    LEAK("跑冒滴漏", true),
    PHONE("玩手机", false);

    private final String label;
    private final boolean raisesAlarm;

    VideoEventType(String label, boolean raisesAlarm) {
        this.label = label;
        this.raisesAlarm = raisesAlarm;
    }

    public String label() {
        return label;
    }

    /** Whether the event raises a {@code VIDEO_EVENT} alarm (烟火, 跑冒滴漏). */
    public boolean raisesAlarm() {
        return raisesAlarm;
    }

    public static Optional<VideoEventType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }

    /** The names, for messages: {@code DUTY_ABSENT, DUTY_SLEEPING, …}. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
