package org.hazwatch.platform.demo.inbox;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What the demo's receivers got (演示消息收件箱), newest first, the last {@value #KEPT} in memory: the texts the
 * demo SMSC and the fake SMS gateway took, the markdown the robot webhooks took, the mails the SMTP server took.
 */
public class DemoInbox {

    static final int KEPT = 500;

    private final Deque<DemoInboxMessage> messages = new ArrayDeque<>();
    private final Clock clock;
    private final DemoInboxMailServer mail;

    DemoInbox(Clock clock, DemoInboxMailServer mail) {
        this.clock = clock;
        this.mail = mail;
    }

    void record(String channel, String address, String subject, String text) {
        add(new DemoInboxMessage(channel, address, subject, text, clock.instant()));
    }

    private synchronized void add(DemoInboxMessage message) {
        messages.addFirst(message);
        while (messages.size() > KEPT) {
            messages.removeLast();
        }
    }

    /** Newest first. */
    public List<DemoInboxMessage> messages() {
        mail.newMessages(clock).forEach(this::add);
        synchronized (this) {
            return new ArrayList<>(messages);
        }
    }
}
