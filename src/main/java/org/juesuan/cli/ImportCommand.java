package org.juesuan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.juesuan.batch.ImportLauncher;
import org.juesuan.batch.ImportOutcome;
import org.juesuan.model.Messages;
import org.juesuan.ops.StatusWords;
import org.juesuan.report.ReportWriter;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.InboxFolders;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"把 PATH 中找到的每个决算报表（.xlsx、.xls）读入、审核并导入数据仓库，每份一行进度，最后一行小结。",
                "不给 PATH：导入收件目录（juesuan.inbox、环境变量 JUESUAN_INBOX，默认 ./inbox），之后每份报送移到 "
                        + "archive/ 或 rejected/（另附一个 .txt 说明原因）。"})
class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "文件或文件夹，文件夹逐层查找（默认：收件目录）")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YEAR", description = "报表未印年度时的决算年度")
    Integer year;

    @Option(names = "--dry-run", description = "试运行：读入并审核，记下审核发现，但不导入数据")
    boolean dryRun;

    @Option(names = "--reject-on-error", description = "有“错误”级发现的报送不导入（默认导入并标为审核不通过）")
    boolean rejectOnError;

    @Option(names = "--report", paramLabel = "DIR",
            description = "在此文件夹为每份报送写一份 HTML 审核报告和一份带批注的报表")
    Path reportDir;

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
        for (Path root : paths) {
            if (!Files.exists(root)) {
                err.println(Messages.text("import.path-missing", root));
                return 2;
            }
        }
        Instant started = Instant.now();
        try (ConfigurableApplicationContext context = Warehouse.open(db, execution.springArguments())) {
            ImportLauncher launcher = context.getBean(ImportLauncher.class);
            ImportOptions options = new ImportOptions(year, dryRun, rejectOnError, true);
            ImportOutcome outcome;
            if (paths.isEmpty()) {
                InboxFolders folders = inbox(context.getEnvironment());
                if (!Files.isDirectory(folders.inbox())) {
                    err.println(Messages.text("import.no-inbox", folders.inbox()));
                    return 2;
                }
                outcome = launcher.runInbox(folders, options);
            } else {
                outcome = launcher.run(paths, options);
            }
            if (reportDir != null) {
                writeReports(context, outcome.runId(), reportDir, out, err);
            }
            return report("import.run.import", outcome, started, out, err);
        } catch (Warehouse.UnavailableException e) {
            err.println(Messages.text("import.unavailable", e.getMessage()));
            return 3;
        }
    }

    /** Reports are a by-product: failing to write them is said, but does not change the exit code. */
    private static void writeReports(ConfigurableApplicationContext context, long runId, Path dir, PrintWriter out,
                                     PrintWriter err) {
        try {
            List<Path> written = context.getBean(ReportWriter.class).writeRun(runId, dir);
            out.println(Messages.text("import.reports.written", written.size(), dir.toAbsolutePath()));
        } catch (IOException | RuntimeException e) {
            err.println(Messages.text("import.reports.failed", dir, e));
        }
    }

    static InboxFolders inbox(Environment env) {
        return InboxFolders.of(env.getProperty("juesuan.inbox", "inbox"), env.getProperty("juesuan.archive", "archive"),
                env.getProperty("juesuan.rejected", "rejected"));
    }

    /**
     * The summary line every import and rerun ends with; returns the exit code.
     *
     * @param what {@code import.run.import} or {@code import.run.rerun}: how the line names the run
     */
    static int report(String what, ImportOutcome outcome, Instant started, PrintWriter out, PrintWriter err) {
        String seconds = String.format("%.1f", Duration.between(started, Instant.now()).toMillis() / 1000.0);
        String status = StatusWords.run(outcome.batchStatus());
        if (outcome.items().isEmpty() && outcome.failure() != null) {
            out.println(Messages.text("import.run.unreadable", Messages.text(what), status, seconds));
        } else {
            out.println(Messages.text("import.run.done", Messages.text(what), outcome.runId(), status, seconds,
                    outcome.summary()));
        }
        if (outcome.failure() != null) {
            err.println(Messages.text("import.run.failed", outcome.failure()));
            err.println(Messages.text("import.run.failed.advice"));
        }
        out.flush();
        return outcome.exitCode();
    }
}
