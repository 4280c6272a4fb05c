package io.ballast.connectors.fix;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Whether one session is logged on, with a wait for it to be, and when its counterparty last sent a heartbeat. */
final class LogonState {
    private boolean loggedOn;
    private Instant lastHeartbeat;

    synchronized void heartbeat(Instant received) {
        lastHeartbeat = received;
    }

    synchronized Instant lastHeartbeat() {
        return lastHeartbeat;
    }

    synchronized void set(boolean loggedOn) {
        this.loggedOn = loggedOn;
        notifyAll();
    }

    synchronized boolean awaitLoggedOn(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!loggedOn) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
