package io.ballast.agent.transports;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** Every log event of the JVM while open, to wait for what the agent says. */
final class LogCapture implements AutoCloseable {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    boolean contains(String level, String text) {
        return count(level, text) > 0;
    }

    long count(String level, String text) {
        synchronized (appender) {
            return appender.list.stream().filter(e -> e.getLevel().toString().equals(level)
                    && (e.getFormattedMessage().contains(text) || causesMention(e.getThrowableProxy(), text)))
                    .count();
        }
    }

    private static boolean causesMention(IThrowableProxy cause, String text) {
        for (IThrowableProxy c = cause; c != null; c = c.getCause()) {
            if (c.getMessage() != null && c.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        root.detachAppender(appender);
    }
}
