package io.ballast.connectors.fix;

import java.util.LinkedHashMap;
import java.util.Map;

/** The context of the latest executions per session and ExecID, bounded so a long day cannot exhaust memory. */
final class RecentExecutions {
    private final Map<String, ExecutionContext> byKey;

    RecentExecutions(int capacity) {
        this.byKey = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ExecutionContext> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void remember(String session, String execId, ExecutionContext context) {
        byKey.put(session + '\u0000' + execId, context);
    }

    synchronized ExecutionContext find(String session, String execId) {
        return byKey.get(session + '\u0000' + execId);
    }
}
