package org.hazwatch.platform.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hazwatch.platform.support.Attachments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The dispatcher (推送调度): claims due deliveries, calls their channel outside any transaction, records the outcome.
 * A failed attempt is retried with exponential back-off; a delivery older than the maximum age is given up
 * (EXPIRED); a claim whose lease runs out — the node died mid-send — is sent again with the same idempotency key.
 * Delivery is therefore at least once; the key lets the far side drop a second copy (docs/NOTIFY.md).
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final DeliveryLedger ledger;
    private final ChannelChoice channels;
    private final NotifySettings settings;
    private final ExponentialBackOff backOff;
    private final NotifyMeters meters;
    private final Attachments attachments;

    Dispatcher(DeliveryLedger ledger, ChannelChoice channels, NotifySettings settings, NotifyMeters meters,
               Attachments attachments) {
        this.meters = meters;
        this.attachments = attachments;
        this.ledger = ledger;
        this.channels = channels;
        this.settings = settings;
        NotifySettings.Backoff b = settings.backoff();
        this.backOff = new ExponentialBackOff(b.initial().toMillis(), b.multiplier());
        this.backOff.setMaxInterval(b.max().toMillis());
    }

    /** Sends every delivery due at {@code now}; returns how many attempts were made. */
    public int dispatch(Instant now) {
        int attempts = 0;
        List<DeliveryLedger.Claimed> batch;
        do {
            batch = ledger.claim(now, now.plus(settings.lease()), settings.batchSize());
            for (DeliveryLedger.Claimed c : batch) {
                attempt(c, now);
            }
            attempts += batch.size();
        } while (batch.size() == settings.batchSize());
        return attempts;
    }

    private void attempt(DeliveryLedger.Claimed c, Instant now) {
        if (now.isAfter(c.createdAt().plus(settings.maxAge()))) {
            ledger.end(c, "EXPIRED", "超过最长投递时间 " + settings.maxAge().toHours() + " 小时");
            meters.attempted(c.channel(), "expired");
            return;
        }
        Optional<Channel> channel = channels.named(c.channel());
        if (channel.isEmpty()) {
            ledger.end(c, "REJECTED", "没有名为 " + c.channel() + " 的渠道");
            meters.attempted(c.channel(), "rejected");
            return;
        }
        Delivery outcome = send(channel.get(), c);
        switch (outcome.outcome()) {
            case DELIVERED -> ledger.delivered(c, outcome.providerReference(), now);
            case REJECTED -> ledger.end(c, "REJECTED", outcome.detail());
            case RETRY -> ledger.retry(c, outcome.detail(), now.plus(delayAfter(c.attempts())));
        }
        meters.attempted(c.channel(), outcome.outcome().name().toLowerCase());
    }

    private Delivery send(Channel channel, DeliveryLedger.Claimed c) {
        if (!channel.enabled()) {
            return Delivery.retry("渠道未启用");
        }
        String text = c.channel().startsWith("sms") ? c.smsText() : c.text();
        try {
            Delivery d = channel.send(new OutgoingMessage(c.idempotencyKey(), c.channel(), c.address(), c.subject(),
                    text, c.createdAt(), attachment(c)));
            return d == null ? Delivery.retry("渠道未给出结果") : d;
        } catch (RuntimeException e) {
            log.warn("channel {} failed on {}: {}", c.channel(), c.idempotencyKey(), e.toString());
            return Delivery.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** bulletin (issue 13): the file of the notification, for e-mails only; a file no longer stored is left off. */
    private OutgoingMessage.Attachment attachment(DeliveryLedger.Claimed c) {
        if (c.attachmentId() == null || !EmailChannel.NAME.equals(c.channel())) {
            return null;
        }
        return attachments.open(c.attachmentId())
                .map(f -> new OutgoingMessage.Attachment(c.attachmentName(), f.contentType(), f.bytes())).orElse(null);
    }

    /** The delay before attempt {@code attempts + 1}, from Spring's exponential back-off. */
    Duration delayAfter(int attempts) {
        BackOffExecution execution = backOff.start();
        long delay = 0;
        for (int i = 0; i < Math.max(1, attempts); i++) {
            delay = execution.nextBackOff();
        }
        return Duration.ofMillis(delay);
    }
}
