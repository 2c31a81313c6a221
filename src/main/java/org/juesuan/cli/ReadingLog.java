package org.juesuan.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;

/**
 * Logging for the commands that run without Spring (status, query, report): what Spring Boot's logging set-up
 * gives the full start, built directly — the same file (juesuan.log.file, appended to; the full start rolls it),
 * the same levels, the console only with --debug, and the {@link WarningTally}. Without it logback would print
 * every library's debug lines on stdout.
 */
final class ReadingLog {

    /** Spring Boot's file pattern, so that the lines of both kinds of start read alike. */
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p ${PID:- } --- [%t] "
            + "%-40.40logger{39} : %m%n%ex";

    private ReadingLog() {
    }

    static void configure(Settings settings) {
        String file = settings.first("logs/juesuan.log", "logging.file.name", "juesuan.log.file");
        System.setProperty("LOG_FILE", file); // the CLI names it when it counts warnings
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext logback)) {
            return;
        }
        logback.reset();
        logback.putProperty("PID", String.valueOf(ProcessHandle.current().pid()));
        Logger root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        logback.getLogger("org.juesuan").setLevel(Level.INFO);
        FileAppender<ILoggingEvent> toFile = new FileAppender<>();
        toFile.setFile(Path.of(file).toAbsolutePath().toString());
        toFile.setAppend(true);
        root.addAppender(started(toFile, logback));
        if (LaunchOptions.debug()) {
            ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
            console.setTarget("System.err");
            root.addAppender(started(console, logback));
        }
        // Libraries that log through java.util.logging (Connector/J's OpenTelemetry probe, among others) would
        // otherwise print on stderr: routed to the same file, as Spring Boot does for the full start.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        WarningTally tally = new WarningTally();
        tally.setName(WarningTally.NAME);
        tally.setContext(logback);
        tally.start();
        root.addAppender(tally);
    }

    private static OutputStreamAppender<ILoggingEvent> started(OutputStreamAppender<ILoggingEvent> appender,
                                                               LoggerContext logback) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(logback);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        appender.setContext(logback);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
