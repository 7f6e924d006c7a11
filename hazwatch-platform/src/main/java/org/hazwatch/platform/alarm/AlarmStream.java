package org.hazwatch.platform.alarm;

import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import org.hazwatch.platform.alarm.rules.AlarmBoard;
import org.hazwatch.platform.alarm.rules.Episode;
import org.hazwatch.platform.alarm.rules.Transition;
import org.hazwatch.platform.org.Actor;
import org.hazwatch.platform.support.HazwatchProperties;
import org.hazwatch.platform.support.SseFanOut;
import org.hazwatch.protocol.EnterpriseCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live alarm feed (报警实时推送): Server-Sent Events, one {@code alarm} event per transition, to every
 * subscriber who sees the enterprise. Sending happens on a thread of its own, so a slow browser never holds up the
 * engine.
 */
@Component
class AlarmStream implements SseFanOut.Owner {

    private final SseFanOut<Actor> fanOut = new SseFanOut<>("alarm-feed");
    private final AlarmSettings settings;
    private final ZoneId zone;

    AlarmStream(AlarmSettings settings, HazwatchProperties hazwatch) {
        this.settings = settings;
        this.zone = hazwatch.zone();
    }

    SseEmitter subscribe(Actor actor) {
        return fanOut.register(actor, new SseEmitter(settings.streamTimeout().toMillis()),
                SseEmitter.event().name("hello").data(Map.of("user", actor.username())));
    }

    void send(AlarmBoard.Changes changes, Function<EnterpriseCode, String> pathOf) {
        if (fanOut.idle() || changes.transitions().isEmpty()) {
            return;
        }
        fanOut.later(() -> {
            for (Transition t : changes.transitions()) {
                Episode e = changes.episodes().stream().filter(x -> x.id().equals(t.episodeId())).findFirst()
                        .orElseThrow();
                String path = pathOf.apply(t.key().enterpriseCode());
                AlarmView.FeedItem item = new AlarmView.FeedItem(t.kind().name(), t.at(), t.actor(),
                        AlarmView.of(e, path, zone), zone);
                fanOut.sendNow(actor -> actor.sees(t.key().enterpriseCode().code(), path),
                        actor -> SseEmitter.event().name("alarm").data(item, MediaType.APPLICATION_JSON));
            }
        });
    }

    /** Starts and stops with the platform; stopping closes every feed (see {@link SseFanOut}). */
    @Override
    public SseFanOut<?> fanOut() {
        return fanOut;
    }
}
