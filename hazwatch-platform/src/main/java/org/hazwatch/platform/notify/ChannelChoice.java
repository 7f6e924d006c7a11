package org.hazwatch.platform.notify;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Picks the channel a recipient is reached by: SMS by the first enabled of {@code hazwatch.notify.sms-channels},
 * e-mail by {@code email}, a robot by its own channel, the feed by {@code feed}. A medium without an enabled
 * channel is left out: demo and test platforms run without SMS gateways.
 */
@Component
class ChannelChoice {

    private final List<Channel> channels;
    private final NotifySettings settings;

    ChannelChoice(List<Channel> channels, NotifySettings settings) {
        this.channels = channels;
        this.settings = settings;
    }

    Optional<String> channelFor(Recipient r) {
        return switch (r.medium()) {
            case SMS -> settings.smsChannels().stream().filter(this::enabled).findFirst();
            case EMAIL -> Optional.of(EmailChannel.NAME).filter(this::enabled);
            case ROBOT -> Optional.ofNullable(r.channel()).filter(this::enabled);
            case FEED -> Optional.of(FeedChannel.NAME);
        };
    }

    Optional<Channel> named(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private boolean enabled(String name) {
        return named(name).map(Channel::enabled).orElse(false);
    }
}
