package org.juesuan.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.juesuan.batch.ImportLauncher;
import org.juesuan.batch.ImportLauncher.Rerun;
import org.juesuan.ops.StatusWords;
import org.juesuan.ops.UnfinishedRuns;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = {"续完失败或被中止的导入批次（Spring Batch 重启）：尚未处理的报送逐个处理，每个只处理一次；"
                + "已处理的不再动。", "--abandon ID 放弃一个不再续完的批次：status 不再把它列为未完成。"})
class RerunCommand implements Callable<Integer> {

    static class Which {
        @Option(names = "--failed", required = true, description = "每个最后一次运行没有完成的批次")
        boolean failed;

        @Parameters(paramLabel = "ID", description = "一个批次，用 import 和 status 显示的编号")
        Long runId;

        @Option(names = "--abandon", paramLabel = "ID", required = true,
                description = "放弃这个未完成的批次（标记为 ABANDONED，不再重启；已入库的保留）")
        Long abandon;
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
            if (which.abandon != null) {
                Optional<String> refusal = launcher.abandon(which.abandon);
                if (refusal.isPresent()) {
                    err.println("rerun: " + refusal.get() + "；未放弃");
                    return 2;
                }
                out.println("rerun: 批次 #" + which.abandon + " 已放弃：不再重启，status 不再列为未完成；已入库的报送保留");
                return 0;
            }
            Instant started = Instant.now();
            List<Rerun> reruns;
            if (which.failed) {
                reruns = launcher.rerunFailed();
            } else {
                Optional<Rerun> one = launcher.rerun(which.runId);
                reruns = one.map(List::of).orElse(List.of());
            }
            if (reruns.isEmpty()) {
                out.println(which.failed ? nothingToRerun(context.getBean(UnfinishedRuns.class))
                        : "rerun: 批次 #" + which.runId + " 没有要续完的（已完成、已放弃，或没有这个批次）");
                return 0;
            }
            int exit = 0;
            for (Rerun rerun : reruns) {
                if (rerun.refusal() != null) {
                    err.println("rerun: " + rerun.refusal() + "；未重启");
                    exit = Math.max(exit, 2);
                    continue;
                }
                exit = Math.max(exit, ImportCommand.report("import.run.rerun", rerun.outcome(), started, out, err));
            }
            return exit;
        } catch (Warehouse.UnavailableException e) {
            err.println("rerun: " + e.getMessage());
            return 3;
        }
    }

    /**
     * No run is unfinished. An import killed while it started (before Spring Batch recorded the run) leaves no
     * trace at all, so the operator is told what the last recorded run was and that such an import must be run again.
     */
    private static String nothingToRerun(UnfinishedRuns runs) {
        String killedEarly = "若某次 import 在开始前被中止，它没有留下记录：请重新运行 import";
        return runs.lastRun().map(last -> "rerun: 没有要续完的批次：最近的批次 #" + last.runId() + " "
                        + StatusWords.run(last.status()) + (last.ended() != null ? "（" + last.ended().toString()
                        .replace('T', ' ') + " 结束）" : "") + "。" + killedEarly + "。")
                .orElse("rerun: 没有记录：还没有任何导入批次。该次导入在开始前被中止；请重新运行 import。");
    }
}
