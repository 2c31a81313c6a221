package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.juesuan.model.Messages;
import org.juesuan.support.CliProcess;

/**
 * What every remote-mode test starts from: the warehouse's schema made by one plain command (so manager and workers
 * do not race to migrate it), the environment of a queue of the test's own, and workers known to be listening.
 */
final class RemoteProcesses {

    private RemoteProcesses() {
    }

    /** Creates the schema at {@code url}, then the environment for manager and workers on {@code queue}. */
    static Map<String, String> env(Path work, String url, String queue, Map<String, String> settings) throws Exception {
        CliProcess schema = CliProcess.start(work, Sql.env(url), "[schema] ", "status");
        assertThat(schema.awaitExit(Duration.ofMinutes(3))).as(schema.output()).isZero();
        Map<String, String> env = new HashMap<>(Sql.env(url));
        env.put("JUESUAN_REMOTE_QUEUE", queue);
        env.putAll(settings);
        return env;
    }

    /** Waits until the worker says it listens on its queue: the catalogue's line (a worker speaks Chinese). */
    static void awaitListening(CliProcess worker) throws Exception {
        String line = Messages.bundle(Locale.SIMPLIFIED_CHINESE).getString("worker.waiting");
        String listening = line.substring(0, line.indexOf("{0}"));
        assertThat(worker.awaitLines(l -> l.startsWith(listening), 1, Duration.ofMinutes(3))).as(worker.output()).isTrue();
    }
}
