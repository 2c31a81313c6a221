package org.juesuan.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** How an import or rerun spreads its submissions: local threads, or `worker` processes over RabbitMQ. */
public class ExecutionOptions {

    @Option(names = "--threads", paramLabel = "N", description = "同时处理几份报送（默认每个处理器核一份）")
    Integer threads;

    @Option(names = "--remote", description = "远程模式：经 RabbitMQ（spring.rabbitmq.*、juesuan.remote.queue）把报送交给 "
            + "juesuan worker 进程处理，而不在本进程里处理")
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
