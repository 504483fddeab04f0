package com.fasttrack.portal.robustness;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.slf4j.LoggerFactory;

import java.util.List;

/** Everything logged at ERROR on any thread while it is attached: a refused input must never show up here. */
final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** ERROR events since the last call, cleared. */
    synchronized List<ILoggingEvent> takeErrors() {
        return take().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).toList();
    }

    /** Every event since the last call, cleared. */
    synchronized List<ILoggingEvent> take() {
        synchronized (appender.list) {
            List<ILoggingEvent> events = List.copyOf(appender.list);
            appender.list.clear();
            return events;
        }
    }

    static String describe(ILoggingEvent event) {
        return event.getLoggerName() + ": " + event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : " [" + event.getThrowableProxy().getClassName() + ": "
                + event.getThrowableProxy().getMessage() + "]");
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
