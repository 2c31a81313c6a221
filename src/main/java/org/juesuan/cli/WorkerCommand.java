package org.juesuan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Remote mode: process the submissions that `import --remote` hands out over RabbitMQ "
                + "(spring.rabbitmq.*, queue juesuan.remote.queue), against the same database. Runs until stopped.",
                "Keeps a heartbeat in the database (juesuan.remote.heartbeat): a worker that dies mid-submission is "
                        + "seen as gone after juesuan.remote.dead-after and its submission handed to another worker."})
class WorkerCommand implements Callable<Integer> {

    @Option(names = "--threads", description = "submissions processed in parallel (default: one per core)")
    Integer threads;

    @Option(names = "--queue", description = "the RabbitMQ queue (default: juesuan.remote.queue or juesuan.partitions)")
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
            out.println("worker: waiting for submissions on queue "
                    + context.getEnvironment().getProperty("juesuan.remote.queue", "juesuan.partitions"));
            out.flush();
            while (context.isActive()) {
                Thread.sleep(500);
            }
            return 0;
        } catch (Warehouse.UnavailableException e) {
            spec.commandLine().getErr().println("worker: " + e.getMessage());
            return 3;
        }
    }
}
