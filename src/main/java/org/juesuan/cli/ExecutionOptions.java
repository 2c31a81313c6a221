package org.juesuan.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** How an import or rerun spreads its submissions: local threads, or `worker` processes over RabbitMQ. */
public class ExecutionOptions {

    @Option(names = "--threads", description = "submissions processed in parallel (default: one per core)")
    Integer threads;

    @Option(names = "--remote", description = "hand the submissions to `juesuan worker` processes over RabbitMQ "
            + "(spring.rabbitmq.*, juesuan.remote.queue) instead of local threads")
    boolean remote;

    /** Spring arguments carrying these choices into the application context. */
    String[] springArguments() {
        List<String> settings = new ArrayList<>();
        if (threads != null) {
            settings.add("--juesuan.import.threads=" + threads);
        }
        if (remote) {
            settings.add("--juesuan.remote.role=manager");
        }
        return settings.toArray(String[]::new);
    }
}
