package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.juesuan.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command on a machine with no database server: the import runs with no
 * database settings at all and lands in the embedded H2 file under ./data/ of the working
 * folder; a query then shows the 米易 T03 合计. Run as a separate JVM so the default is real.
 */
class EmbeddedDefaultSmokeTest {

    @TempDir
    Path workDir;

    private record Run(int exitCode, String output) {
    }

    private Run juesuan(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.juesuan.JuesuanApplication"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("JUESUAN_DB_"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void importIntoTheEmbeddedDefaultThenQuery() throws Exception {
        String samples = Samples.DIR.toAbsolutePath().toString();
        Run imported = juesuan("import", samples, "--report", "reports");
        assertThat(imported.output()).contains("审核通过 4 份，审核不通过 1 份，无法读取 0 份").contains(Samples.MIYI);
        assertThat(imported.exitCode()).as(imported.output()).isEqualTo(1); // 米易 is LOADED_WITH_ERRORS
        assertThat(Files.exists(workDir.resolve("data").resolve("juesuan.mv.db"))).isTrue();
        // --report: an HTML report per submission, an annotated copy of each workbook with findings.
        try (var files = Files.walk(workDir.resolve("reports"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names.stream().filter(n -> n.endsWith(".html"))).hasSize(5);
            assertThat(names).contains(Samples.MIYI + "-2023.annotated.xlsx");
        }

        Run query = juesuan("query", "SELECT department_name, amount_yuan FROM v_fact WHERE table_code = 'T03' "
                + "AND row_key = 'TOTAL' AND column_key = 'total' AND department_name = '" + Samples.MIYI + "' "
                + "AND fiscal_year = 2023");
        assertThat(query.exitCode()).as(query.output()).isZero();
        assertThat(query.output()).contains("28,999,500.00").contains("(1 row)");

        // A reporting query of sql/queries/ on the embedded H2: the year-over-year 三公 of the 2023 text (+11.76%).
        Run yoy = juesuan("query", "--file", Path.of("sql", "queries", "04_three_public_year_over_year.sql")
                .toAbsolutePath().toString());
        assertThat(yoy.exitCode()).as(yoy.output()).isZero();
        assertThat(yoy.output()).containsPattern(Samples.MIYI + " +\\| +2023 \\| 合计 +\\| +13,600.00 \\| +15,200.00 "
                + "\\| +1,600.00 \\| +11.76");

        Run refused = juesuan("query", "DELETE FROM fact");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.output()).contains("query 拒绝执行");
    }
}
