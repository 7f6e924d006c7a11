package org.hazwatch.platform.notify;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * A WeCom group robot (企业微信群机器人): a markdown message to the robot named by the address (one of
 * {@code hazwatch.notify.robots} with {@code channel: wecom}). WeCom takes at most
 * 20 messages a minute per robot and answers 45009 ("api freq out of limit") beyond that, -1 when busy: those are
 * tried again; every other errcode (93000 invalid webhook key, 40008 / 40058 bad message, 44004 empty content, …)
 * is a refusal.
 */
@Component
public class WeComChannel implements Channel {

    static final Set<Integer> RETRY_CODES = Set.of(-1, 45009);

    private final RobotWebhook webhook;

    public WeComChannel(ChannelSettings settings, NotifySettings robots, ObjectMapper json) {
        this.webhook = new RobotWebhook(json, settings.wecom(), robots, "wecom");
    }

    @Override
    public String name() {
        return "wecom";
    }

    @Override
    public boolean enabled() {
        return webhook.configured();
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        return webhook.robot(message.address())
                .map(robot -> webhook.post(robot.url(), markdown(message), RETRY_CODES))
                .orElseGet(() -> Delivery.rejected("未配置的企业微信机器人 / no WeCom robot named " + message.address()));
    }

    static Map<String, Object> markdown(OutgoingMessage message) {
        String content = "**" + RobotWebhook.title(message) + "**\n" + message.text();
        return Map.of("msgtype", "markdown", "markdown", Map.of("content", content));
    }
}
