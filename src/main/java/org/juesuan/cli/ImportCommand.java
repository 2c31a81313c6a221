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
        description = {"Import every workbook (.xlsx, .xls) found in the PATHs into the warehouse.",
                "No PATH: the inbox (juesuan.inbox, env JUESUAN_INBOX, default ./inbox); afterwards each "
                        + "submission is moved to archive/ or rejected/ (with a .txt saying why)."})
class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "files or folders, searched recursively (default: the inbox)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--year", description = "fiscal year for workbooks that do not print one")
    Integer year;

    @Option(names = "--dry-run", description = "read and validate, write findings, load no facts")
    boolean dryRun;

    @Option(names = "--reject-on-error", description = "refuse submissions with ERROR findings instead of loading them flagged")
    boolean rejectOnError;

    @Option(names = "--report", paramLabel = "DIR",
            description = "write an HTML audit report per submission and annotated copies of the workbooks here")
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
                err.println("import: " + root + " does not exist");
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
                    err.println("import: no PATH given and the inbox " + folders.inbox() + " does not exist "
                            + "(set juesuan.inbox or JUESUAN_INBOX)");
                    return 2;
                }
                outcome = launcher.runInbox(folders, options);
            } else {
                outcome = launcher.run(paths, options);
            }
            if (reportDir != null) {
                writeReports(context, outcome.runId(), reportDir, out, err);
            }
            return report("Import", outcome, started, out, err);
        } catch (Warehouse.UnavailableException e) {
            err.println("import: " + e.getMessage());
            return 3;
        }
    }

    /** Reports are a by-product: failing to write them is said, but does not change the exit code. */
    private static void writeReports(ConfigurableApplicationContext context, long runId, Path dir, PrintWriter out,
                                     PrintWriter err) {
        try {
            List<Path> written = context.getBean(ReportWriter.class).writeRun(runId, dir);
            out.printf("Reports: %d files in %s%n", written.size(), dir.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            err.println("import: the reports could not be written to " + dir + ": " + e);
        }
    }

    static InboxFolders inbox(Environment env) {
        return InboxFolders.of(env.getProperty("juesuan.inbox", "inbox"), env.getProperty("juesuan.archive", "archive"),
                env.getProperty("juesuan.rejected", "rejected"));
    }

    /** The summary line every import and rerun ends with; returns the exit code. */
    static int report(String what, ImportOutcome outcome, Instant started, PrintWriter out, PrintWriter err) {
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        if (outcome.items().isEmpty() && outcome.failure() != null) {
            out.printf("%s run %s after %.1f s; what it loaded cannot be read back now.%n", what, outcome.batchStatus(),
                    seconds);
        } else {
            out.printf("%s run #%d %s in %.1f s: %s.%n", what, outcome.runId(), outcome.batchStatus(), seconds,
                    outcome.summary());
        }
        if (outcome.failure() != null) {
            err.println("import: the run failed: " + outcome.failure());
            err.println("import: each submission is written in one transaction, so none is half-written; "
                    + "`juesuan rerun --failed` finishes the run once the cause is fixed");
        }
        out.flush();
        return outcome.exitCode();
    }
}
