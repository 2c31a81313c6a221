package org.juesuan.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.juesuan.batch.ImportLauncher;
import org.juesuan.batch.ImportLauncher.Rerun;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = {"Finish import runs that failed or were killed (Spring Batch restart): every submission "
                + "not yet settled is processed, each exactly once; finished ones are not touched."})
class RerunCommand implements Callable<Integer> {

    static class Which {
        @Option(names = "--failed", required = true, description = "every run whose last attempt did not complete")
        boolean failed;

        @Parameters(paramLabel = "ID", description = "one run, by the number `import` and `status` print")
        Long runId;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Mixin
    ExecutionOptions execution;

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = Warehouse.open(db, execution.springArguments())) {
            ImportLauncher launcher = context.getBean(ImportLauncher.class);
            Instant started = Instant.now();
            List<Rerun> reruns;
            if (which.failed) {
                reruns = launcher.rerunFailed();
            } else {
                Optional<Rerun> one = launcher.rerun(which.runId);
                reruns = one.map(List::of).orElse(List.of());
            }
            if (reruns.isEmpty()) {
                out.println(which.failed ? "rerun: nothing to rerun — every import run completed"
                        : "rerun: run #" + which.runId + " has nothing to rerun (completed, or no such run)");
                return 0;
            }
            int exit = 0;
            for (Rerun rerun : reruns) {
                if (rerun.refusal() != null) {
                    err.println("rerun: " + rerun.refusal() + "; not restarted");
                    exit = Math.max(exit, 2);
                    continue;
                }
                exit = Math.max(exit, ImportCommand.report("Rerun of", rerun.outcome(), started, out, err));
            }
            return exit;
        } catch (Warehouse.UnavailableException e) {
            err.println("rerun: " + e.getMessage());
            return 3;
        }
    }
}
