package org.hazwatch.platform.notify;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.hazwatch.platform.notify.rules.RobotSignature;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * A DingTalk group's custom robot (钉钉自定义机器人): a markdown message to the robot named by the address (one of
 * {@code hazwatch.notify.robots} with {@code channel: dingtalk}), the URL signed when the robot has a "加签" secret. DingTalk takes at most 20 messages a minute per robot and answers
 * 130101 ("send too fast") or 410100 (限流) beyond that, -1 when busy: those are tried again; every other errcode
 * (310000 keyword / signature / IP not allowed, 300001 or 400101 bad token, 400102 robot stopped, 430101–430104
 * unsafe content) is a refusal that another try would not change.
 */
@Component
public class DingTalkChannel implements Channel {

    static final Set<Integer> RETRY_CODES = Set.of(-1, 130101, 410100);

    private final RobotWebhook webhook;
    private final Clock clock;

    public DingTalkChannel(ChannelSettings settings, NotifySettings robots, ObjectMapper json, Clock clock) {
        this.webhook = new RobotWebhook(json, settings.dingtalk(), robots, "dingtalk");
        this.clock = clock;
    }

    @Override
    public String name() {
        return "dingtalk";
    }

    @Override
    public boolean enabled() {
        return webhook.configured();
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        return webhook.robot(message.address())
                .map(robot -> webhook.post(url(robot), markdown(message), RETRY_CODES))
                .orElseGet(() -> Delivery.rejected("未配置的钉钉机器人 / no DingTalk robot named " + message.address()));
    }

    private String url(NotifySettings.Robot robot) {
        return robot.secret() == null || robot.secret().isBlank() ? robot.url()
                : RobotSignature.signedUrl(robot.url(), robot.secret(), clock.millis());
    }

    static Map<String, Object> markdown(OutgoingMessage message) {
        String title = RobotWebhook.title(message);
        // DingTalk's markdown joins single line breaks; a blank line keeps the lines apart
        String text = "#### " + title + "\n\n" + message.text().replace("\n", "\n\n");
        return Map.of("msgtype", "markdown", "markdown", Map.of("title", title, "text", text));
    }
}
