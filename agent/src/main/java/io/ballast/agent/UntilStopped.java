package io.ballast.agent;

import java.util.concurrent.CountDownLatch;

/** For the commands that run until the JVM is asked to stop (SIGTERM or Ctrl-C). */
final class UntilStopped {
    private UntilStopped() {
    }

    /** Blocks the calling thread until the JVM shuts down; {@code close} runs on the shutdown hook first. */
    static void await(Runnable close, String hookThreadName) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close.run();
            stopped.countDown();
        }, hookThreadName));
        stopped.await();
    }
}
