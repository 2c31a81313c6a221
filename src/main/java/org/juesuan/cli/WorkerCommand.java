package org.juesuan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.juesuan.model.Messages;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"远程模式：处理 import --remote 经 RabbitMQ（spring.rabbitmq.*，队列 juesuan.remote.queue）"
                + "分来的报送，写入同一个数据库；一直运行，直到被停止。",
                "在数据库里定时报到（juesuan.remote.heartbeat）：处理中途停掉的 worker，超过 juesuan.remote.dead-after "
                        + "即视为已不在，它的报送交给另一个 worker。"})
class WorkerCommand implements Callable<Integer> {

    @Option(names = "--threads", paramLabel = "N", description = "同时处理几份报送（默认每个处理器核一份）")
    Integer threads;

    @Option(names = "--queue", description = "RabbitMQ 队列（默认 juesuan.remote.queue 的设置，或 juesuan.partitions）")
    String queue;

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> settings = new ArrayList<>(List.of("--juesuan.remote.role=worker"));
        if (threads != null) {
            settings.add("--juesuan.import.threads=" + threads);
        }
        if (queue != null) {
            settings.add("--juesuan.remote.queue=" + queue);
        }
        try (ConfigurableApplicationContext context = Warehouse.open(db, settings.toArray(String[]::new))) {
            out.println(Messages.text("worker.waiting",
                    context.getEnvironment().getProperty("juesuan.remote.queue", "juesuan.partitions")));
            out.flush();
            while (context.isActive()) {
                Thread.sleep(500);
            }
            return 0;
        } catch (Warehouse.UnavailableException e) {
            spec.commandLine().getErr().println(Messages.text("worker.problem", e.getMessage()));
            return 3;
        }
    }
}
