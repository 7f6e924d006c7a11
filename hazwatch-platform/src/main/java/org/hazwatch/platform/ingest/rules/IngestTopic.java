package org.hazwatch.platform.ingest.rules;

import java.util.Optional;
import org.hazwatch.protocol.LiveVideo;

/**
 * An MQTT ingest topic (SPEC §10): {@code hazwatch/v1/<enterpriseCode>/<kind>}, e.g.
 * {@code hazwatch/v1/14052500001/readings}. The enterprise in the topic is the one the broker's ACL let the
 * publisher write: a gateway may publish only under its own enterprise's prefix.
 */
public record IngestTopic(String enterpriseCode, String kind) {

    public static final String PREFIX = "hazwatch/v1/";

    /** The topic's enterprise and kind; empty for anything not of that exact shape. */
    public static Optional<IngestTopic> parse(String topic) {
        if (topic == null || !topic.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] levels = topic.substring(PREFIX.length()).split("/", -1);
        if (levels.length != 2 || !plain(levels[0]) || !plain(levels[1])) {
            return Optional.empty();
        }
        return Optional.of(new IngestTopic(levels[0], levels[1]));
    }

    /** The filter the platform subscribes to for one kind, across every enterprise. */
    public static String everyEnterprise(String kind) {
        return PREFIX + "+/" + kind;
    }

    /** Whether a gateway of this enterprise may publish to the topic: only under {@code hazwatch/v1/<its enterprise>/}. */
    public static boolean mayPublish(String gatewayEnterprise, String topic) {
        return plain(gatewayEnterprise) && topic != null && topic.startsWith(PREFIX + gatewayEnterprise + "/")
                && !topic.contains("+") && !topic.contains("#");
    }

    /**
     * The one topic a gateway of this enterprise may subscribe to: its enterprise's orders,
     * {@code hazwatch/v1/<its enterprise>/commands} (SPEC §11), written exactly, without wildcards.
     */
    public static String commands(String gatewayEnterprise) {
        return PREFIX + gatewayEnterprise + "/" + LiveVideo.COMMANDS;
    }

    /** Whether a gateway of this enterprise may subscribe to the filter: its own commands topic only. */
    public static boolean maySubscribe(String gatewayEnterprise, String topicFilter) {
        return plain(gatewayEnterprise) && commands(gatewayEnterprise).equals(topicFilter);
    }

    /** A topic level with neither wildcard nor emptiness. */
    private static boolean plain(String level) {
        return level != null && !level.isEmpty() && !level.contains("+") && !level.contains("#")
                && !level.contains("/");
    }
}
