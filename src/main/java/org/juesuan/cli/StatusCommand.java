package org.juesuan.cli;

import java.util.concurrent.Callable;

import org.juesuan.ops.StatusReport;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show recent import runs and submissions: state, counts, findings, how long.")
class StatusCommand implements Callable<Integer> {

    @Option(names = "--limit", defaultValue = "20", description = "how many runs and submissions (default: ${DEFAULT-VALUE})")
    int limit;

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Warehouse.openForReading(db)) {
            context.getBean(StatusReport.class).print(limit, spec.commandLine().getOut());
            return 0;
        } catch (Warehouse.UnavailableException e) {
            spec.commandLine().getErr().println("status: " + e.getMessage());
            return 3;
        }
    }
}
