package org.hazwatch.platform.notify;

import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs the repeat reminder and the dispatcher every {@code hazwatch.notify.dispatch-every}, on a scheduler of its
 * own, so a slow channel holds up no other scheduled work of the platform.
 */
@Component
class NotifyJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotifyJobs.class);

    private final Notifications notifications;
    private final NotifySettings settings;
    private final Clock clock;
    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> job;

    NotifyJobs(Notifications notifications, NotifySettings settings, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("notify-");
        scheduler.setPoolSize(1);
        scheduler.initialize();
        job = scheduler.scheduleWithFixedDelay(this::run, clock.instant().plus(settings.dispatchEvery()),
                settings.dispatchEvery());
    }

    private void run() {
        try {
            notifications.tick(clock.instant());
        } catch (RuntimeException e) {
            log.error("notification round failed", e);
        }
    }

    @Override
    public void stop() {
        job.cancel(false);
        scheduler.shutdown();
        scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
