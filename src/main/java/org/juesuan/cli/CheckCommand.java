package org.juesuan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.juesuan.model.Messages;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.report.AnnotatedWorkbookWriter;
import org.juesuan.report.HtmlReportRenderer;
import org.juesuan.report.JsonReportRenderer;
import org.juesuan.report.SubmissionReport;
import org.juesuan.report.TextReportRenderer;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.StandaloneAudit;
import org.juesuan.submission.SubmissionSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A department's self-check: the import's audit (read, map, 审核公式) on its own workbooks, with no database and
 * no Spring. Exit 0 when every file passes (审核通过), 1 when one does not or cannot be read, 2 for a usage error.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"自查：按财政部门导入时的同一套审核公式审核决算报表，不连接数据库。",
                "退出码：0 审核通过；1 审核不通过或无法读取；2 用法错误。"})
class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "决算报表（.xlsx、.xls，或一套分表文件所在的文件夹）")
    List<Path> files = new ArrayList<>();

    @Option(names = "--year", description = "报表未印年度时的决算年度")
    Integer year;

    @Option(names = "--format", defaultValue = "text", description = "text 或 json（默认 ${DEFAULT-VALUE}）")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "在此文件夹写出审核报告（.html）和加批注的工作簿副本")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.matches("text|json")) {
            err.println(Messages.text("check.usage.format"));
            return 2;
        }
        for (Path file : files) {
            if (!Files.exists(file)) {
                err.println(Messages.text("check.usage.missing", file));
                return 2;
            }
        }
        quietLibraries();
        StandaloneAudit audit = new StandaloneAudit();
        List<SubmissionSource> sources = audit.finder().find(files);
        if (sources.isEmpty()) {
            err.println(Messages.text("check.usage.none"));
            return 2;
        }
        boolean allPassed = true;
        List<String> json = new ArrayList<>();
        long number = 0;
        for (SubmissionSource source : sources) {
            Submission submission = audit.analyzer().analyze(source, new ImportOptions(year, false, false, true));
            SubmissionReport report = SubmissionReport.of(++number, submission);
            allPassed &= submission.status() == SubmissionStatus.LOADED;
            if (format.equals("json")) {
                json.add(JsonReportRenderer.render(report));
            } else {
                stdout.print((number > 1 ? "\n" : "") + TextReportRenderer.render(report));
            }
            if (out != null) {
                try {
                    for (Path written : write(report, out)) {
                        err.println(Messages.text("check.written", written));
                    }
                } catch (IOException e) {
                    err.println(Messages.text("check.write-failed", out, e.getMessage()));
                    return 1;
                }
            }
        }
        if (format.equals("json")) {
            stdout.println(json.size() == 1 ? json.get(0) : "[" + String.join(",\n", json) + "]");
        }
        stdout.flush();
        return allPassed ? 0 : 1;
    }

    /** No Spring here to configure logging: stdout carries only the findings, libraries speak only of trouble. */
    private static void quietLibraries() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static List<Path> write(SubmissionReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Path html = dir.resolve(Path.of(report.sourcePath()).getFileName() + ".html");
        Files.writeString(html, HtmlReportRenderer.render(report), StandardCharsets.UTF_8);
        written.add(html);
        if (AnnotatedWorkbookWriter.hasAnythingToMark(report)) {
            written.addAll(AnnotatedWorkbookWriter.write(report, dir));
        }
        return written;
    }
}
