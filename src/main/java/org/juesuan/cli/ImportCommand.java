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
import org.juesuan.model.SubmissionStatus;
import org.juesuan.report.ReportWriter;
import org.juesuan.submission.ImportOptions;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import every workbook (.xlsx, .xls) found in the PATHs into the warehouse.")
class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "files or folders, searched recursively (default: ./inbox)")
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
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> roots = paths.isEmpty() ? List.of(Path.of("inbox")) : paths;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                err.println("import: " + root + " does not exist" + (paths.isEmpty() ? " (no PATH given, so the inbox was used)" : ""));
                return 2;
            }
        }
        Instant started = Instant.now();
        try (ConfigurableApplicationContext context = Warehouse.open(db)) {
            ImportOutcome outcome = context.getBean(ImportLauncher.class)
                    .run(roots, new ImportOptions(year, dryRun, rejectOnError, true));
            out.printf("Import run #%d %s in %.1f s: %d LOADED, %d LOADED_WITH_ERRORS, %d REJECTED; %,d facts%s.%n",
                    outcome.jobExecutionId(), outcome.batchStatus(),
                    Duration.between(started, Instant.now()).toMillis() / 1000.0,
                    outcome.count(SubmissionStatus.LOADED), outcome.count(SubmissionStatus.LOADED_WITH_ERRORS),
                    outcome.count(SubmissionStatus.REJECTED), outcome.facts(), dryRun ? " (dry run: none loaded)" : "");
            if (reportDir != null) {
                try {
                    List<Path> written = context.getBean(ReportWriter.class).writeRun(outcome.jobExecutionId(), reportDir);
                    out.printf("Reports: %d files in %s%n", written.size(), reportDir.toAbsolutePath());
                } catch (IOException | RuntimeException e) {
                    err.println("import: the reports could not be written to " + reportDir + ": " + e);
                }
            }
            if (outcome.failure() != null) {
                err.println("import: the run failed: " + outcome.failure());
            }
            return outcome.exitCode();
        } catch (Warehouse.UnavailableException e) {
            err.println("import: " + e.getMessage());
            return 3;
        }
    }
}
