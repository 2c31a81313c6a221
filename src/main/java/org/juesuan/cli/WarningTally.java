package org.juesuan.cli;

import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * Counts the warnings and errors written to the log file, so that the CLI can say on stderr, in one line, that the
 * log holds some — instead of printing them between the product's own lines. Attached to the root logger right
 * after Spring Boot has configured logging.
 */
final class WarningTally extends AppenderBase<ILoggingEvent> {

    private static final AtomicInteger COUNT = new AtomicInteger();

    /** Listens for the prepared environment after Boot's LoggingApplicationListener (order +20) has set up logback. */
    static final class Attach implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
                Logger root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
                if (root.getAppender(NAME) == null) {
                    WarningTally tally = new WarningTally();
                    tally.setName(NAME);
                    tally.setContext(logback);
                    tally.start();
                    root.addAppender(tally);
                }
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 21;
        }
    }

    static final String NAME = "juesuan-warning-tally";

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            COUNT.incrementAndGet();
        }
    }

    /** @return the warnings and errors logged since the last call, and starts counting anew */
    static int take() {
        return COUNT.getAndSet(0);
    }
}
