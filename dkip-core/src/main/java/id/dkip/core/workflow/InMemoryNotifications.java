package id.dkip.core.workflow;

import java.util.ArrayList;
import java.util.List;

/** Records the notices instead of sending them (tests, benchmark, CLI simulation). */
public class InMemoryNotifications implements NotificationPort {

    private final List<Notice> sent = new ArrayList<>();

    @Override
    public synchronized void send(Notice notice) {
        sent.add(notice);
    }

    public synchronized List<Notice> sent() {
        return List.copyOf(sent);
    }
}
