package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.juesuan.model.CellRef;
import org.juesuan.model.Messages;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.report.SubmissionReport;
import org.juesuan.report.TextReportRenderer;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.StandaloneAudit;
import org.juesuan.submission.SubmissionSource;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} is the import's audit without the warehouse: run as a department runs it (its own JVM, the
 * database setting pointing at a closed port), it gives for every sample exactly the findings the import records
 * in the warehouse, writes the HTML report and the annotated workbook, and exits 0 / 1 / 2.
 */
class CheckCommandTest {

    @TempDir
    Path workDir;

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private Run juesuan(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.juesuan.JuesuanApplication"));
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("JUESUAN_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void checkFindsWhatTheImportRecordsWithNoDatabase() throws Exception {
        String samples = Samples.DIR.toAbsolutePath().toString();
        // The department's machine: no warehouse (a closed port), nothing Spring would start.
        Run check = juesuan(Map.of("JUESUAN_DB_URL", "jdbc:mariadb://127.0.0.1:1/none"),
                "check", samples, "--format", "json", "--out", "checked");
        assertThat(check.exitCode()).as(check.stderr()).isEqualTo(1); // 米易 2023 does not pass
        JsonNode reports = new ObjectMapper().readTree(check.stdout());
        assertThat(reports.size()).isEqualTo(5);
        Map<String, List<String>> checked = new TreeMap<>();
        for (JsonNode report : reports) {
            List<String> findings = new ArrayList<>();
            report.get("findings").forEach(f -> findings.add(line(f.get("ruleId").asText(), f.get("severity").asText(),
                    f.get("message").asText(), decimal(f.get("expectedYuan")), decimal(f.get("actualYuan")),
                    cells(f.get("cells")))));
            checked.put(Path.of(report.get("sourcePath").asText()).getFileName().toString(), findings);
        }
        assertThat(checked.get(Samples.MIYI + "-2023.xlsx")).hasSize(23);
        try (var written = Files.list(workDir.resolve("checked"))) {
            List<String> names = written.map(p -> p.getFileName().toString()).toList();
            assertThat(names.stream().filter(n -> n.endsWith(".html"))).hasSize(5);
            assertThat(names).contains(Samples.MIYI + "-2023.xlsx.html", Samples.MIYI + "-2023.annotated.xlsx");
        }

        // The bureau's import of the same files into the embedded warehouse.
        Run imported = juesuan(Map.of(), "import", samples);
        assertThat(imported.exitCode()).as(imported.stdout() + imported.stderr()).isEqualTo(1);
        Map<String, List<String>> recorded = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data/juesuan")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE", "sa", "");
             ResultSet rs = db.createStatement().executeQuery("SELECT s.source_path, f.rule_id, f.severity, f.message, "
                     + "f.expected_yuan, f.actual_yuan, f.cells FROM submission s LEFT JOIN finding f "
                     + "ON f.submission_id = s.id ORDER BY f.id")) {
            while (rs.next()) {
                List<String> findings = recorded.computeIfAbsent(Path.of(rs.getString(1)).getFileName().toString(),
                        k -> new ArrayList<>());
                if (rs.getString(2) != null) {
                    findings.add(line(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                            rs.getBigDecimal(6), CellRef.parseList(rs.getString(7))));
                }
            }
        }
        assertThat(recorded.keySet()).isEqualTo(checked.keySet());
        recorded.forEach((file, findings) -> assertThat(checked.get(file)).as(file).isEqualTo(findings));
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(JuesuanCli.execute("check", "no-such-file.xlsx")).isEqualTo(2);
        assertThat(JuesuanCli.execute("check", "--format", "xml", Samples.MIYI_XLSX.toString())).isEqualTo(2);
        assertThat(JuesuanCli.execute("check")).isEqualTo(2);
    }

    @Test
    void langEnSwitchesEveryTextToEnglish() {
        try {
            assertThat(JuesuanCli.withLanguage("check", "--lang", "en", "x.xlsx")).containsExactly("check", "x.xlsx");
            Submission refused = new StandaloneAudit().analyzer().analyze(SubmissionSource.workbook(
                    Path.of("corpus/handmade/h04-text-in-amount-column.xls")), ImportOptions.DEFAULTS);
            assertThat(refused.rejectReason()).isEqualTo("h04-text-in-amount-column.xls › 支出决算表 › F11: "
                    + "Expenditure statement (T03): expected an amount, found 见说明 (column 基本支出)");
            assertThat(TextReportRenderer.render(SubmissionReport.of(1, refused)))
                    .startsWith("h04-text-in-amount-column.xls — cannot be read\nWhy it cannot be read: ");
        } finally {
            Messages.useLanguage("zh");
        }
        assertThat(Messages.status(SubmissionStatus.REJECTED)).isEqualTo("无法读取");
    }

    private static String line(String rule, String severity, String message, BigDecimal expected, BigDecimal actual,
                               List<CellRef> cells) {
        return String.join(" | ", rule, severity, message, plain(expected), plain(actual), CellRef.formatList(cells));
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : node.decimalValue();
    }

    private static List<CellRef> cells(JsonNode node) {
        List<CellRef> cells = new ArrayList<>();
        node.forEach(c -> cells.add(new CellRef(c.get("file").asText(), c.get("sheet").asText(), c.get("cell").asText())));
        return cells;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }
}
