package org.juesuan.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.cli.JuesuanCli;
import org.juesuan.support.MariaDbTestDatabase;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The official catalog as the bureau loads it (Done-when of issue 16): a 2023 list in the layout a finance office
 * exports (title, 科目编码 | 科目名称 with names indented by level; the economic one split into 类 | 款 columns), made
 * from the shipped catalogs plus every code the 2023 samples print. Imported, it leaves the samples with no catalog
 * finding; without it, the gaps of the shipped catalogs are notes for the bureau and none reaches the annotated
 * workbook sent back. A second import of a shorter list retires the codes it dropped.
 */
class OfficialCatalogMariaDbTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run juesuan(String url, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = JuesuanCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", url, "--db-user", MariaDbTestDatabase.USER, "--db-password",
                MariaDbTestDatabase.PASSWORD));
        return new Run(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private static final List<Path> SAMPLES_2023 = List.of(Samples.MIYI_XLSX, Samples.EDUCATION_FOLDER,
            Samples.AGRICULTURE_XLS);

    @Test
    void withTheOfficialCatalogTheSamplesHaveNoCatalogFinding(@TempDir Path dir) throws Exception {
        String url = MariaDbTestDatabase.freshUrl("catalog");
        Map<String, String> functional = codes("reference/functional_classification.csv");
        Map<String, String> economic = codes("reference/economic_classification.csv");
        // The codes the samples print that the shipped catalogs lack (or name otherwise), with the printed name:
        // a dry run lists them as notes, each pointing at the cell that prints the name.
        Run dry = juesuan(url, sampleImport(dir.resolve("dry")).dryRun());
        assertThat(dry.err()).doesNotContain("failed");
        samplesCodes(url, functional, economic);
        assertThat(count(url, "SELECT COUNT(*) FROM submission")).isEqualTo(3);
        Path functionalFile = dir.resolve("2023年政府收支分类科目（支出功能分类）.xlsx");
        Path economicFile = dir.resolve("部门预算支出经济分类科目.xlsx");
        writeOneColumn(functional, functionalFile);
        writeSplitColumns(economic, economicFile);

        Run f = juesuan(url, "catalog", "import", functionalFile.toString());
        assertThat(f.exitCode()).as(f.err()).isZero();
        assertThat(f.out()).contains("2023 年支出功能分类科目 " + functional.size() + " 个科目（新增 " + functional.size());
        Run e = juesuan(url, "catalog", "import", economicFile.toString(), "--year", "2023", "--kind", "economic");
        assertThat(e.exitCode()).as(e.err()).isZero();
        Run status = juesuan(url, "catalog", "status");
        assertThat(status.out()).contains("2023 年 支出功能分类科目：" + functional.size() + " 个科目，完整")
                .contains("2023 年 部门预算支出经济分类科目：" + economic.size() + " 个科目，完整");

        Run imported = juesuan(url, sampleImport(dir.resolve("reports")).real());
        assertThat(imported.err()).doesNotContain("failed");
        assertThat(count(url, "SELECT COUNT(*) FROM submission WHERE fiscal_year = 2023 AND dry_run = FALSE")).isEqualTo(3);
        assertThat(count(url, "SELECT COUNT(*) FROM finding f JOIN submission s ON s.id = f.submission_id "
                + "WHERE s.dry_run = FALSE AND f.rule_id IN ('MAP-UNKNOWN-CODE', 'MAP-NAME-DIFFERS')")).isZero();

        // The same year again with one 项 dropped: that code is retired, and a sample printing it is told so.
        String dropped = functional.keySet().stream().filter(c -> c.length() == 7).findFirst().orElseThrow();
        functional.remove(dropped);
        writeOneColumn(functional, functionalFile);
        Run again = juesuan(url, "catalog", "import", functionalFile.toString());
        assertThat(again.out()).contains("停用 1");
        assertThat(juesuan(url, "catalog", "status").out()).contains("另有 1 个停用");
    }

    @Test
    void withoutItNoCatalogFindingReachesTheAnnotatedWorkbook(@TempDir Path dir) throws Exception {
        String url = MariaDbTestDatabase.freshUrl("nocatalog");
        assertThat(juesuan(url, "catalog", "status").out()).contains("还没有导入任何年度的政府收支分类科目");
        Path reports = dir.resolve("reports");
        Run imported = juesuan(url, sampleImport(reports).real());
        assertThat(imported.err()).doesNotContain("failed");
        assertThat(count(url, "SELECT COUNT(*) FROM finding WHERE rule_id = 'MAP-UNKNOWN-CODE'")).isPositive();
        assertThat(count(url, "SELECT COUNT(*) FROM finding WHERE rule_id IN ('MAP-UNKNOWN-CODE', 'MAP-NAME-DIFFERS') "
                + "AND severity <> 'INFO'")).isZero();
        List<String> comments = new ArrayList<>();
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path book : files.filter(p -> p.getFileName().toString().contains(".annotated.")).toList()) {
                try (Workbook wb = WorkbookFactory.create(book.toFile(), null, true)) {
                    for (Sheet sheet : wb) {
                        for (Row row : sheet) {
                            row.forEach(cell -> {
                                Comment c = cell.getCellComment();
                                if (c != null) {
                                    comments.add(c.getString().getString());
                                }
                            });
                        }
                    }
                }
            }
        }
        assertThat(comments).as("the 米易 workbook has its ERROR findings marked").isNotEmpty();
        assertThat(comments).noneMatch(c -> c.contains("MAP-UNKNOWN-CODE") || c.contains("MAP-NAME-DIFFERS")
                || c.contains("catalog"));
    }

    private record Args(List<String> args) {
        String[] dryRun() {
            return args.toArray(String[]::new);
        }

        String[] real() {
            return args.stream().filter(a -> !a.equals("--dry-run")).toArray(String[]::new);
        }
    }

    /** {@code import --dry-run --report DIR} the 2023 samples (callers swap --dry-run for a real import). */
    private static Args sampleImport(Path reports) {
        List<String> args = new ArrayList<>(List.of("import", "--dry-run", "--report", reports.toString()));
        SAMPLES_2023.forEach(p -> args.add(p.toString()));
        return new Args(args);
    }

    private static Map<String, String> codes(String shipped) throws IOException {
        Map<String, String> codes = new TreeMap<>();
        for (CSVRecord r : csv(Path.of(shipped))) {
            codes.put(r.get("code"), r.get("name"));
        }
        return codes;
    }

    /** Adds each code a catalog finding of the dry run names, by the name printed in the cell it points at. */
    private static void samplesCodes(String url, Map<String, String> functional, Map<String, String> economic)
            throws Exception {
        Pattern code = Pattern.compile("(?<!\\d)(\\d{7}|\\d{5}|\\d{3})(?!\\d)");
        try (Connection c = DriverManager.getConnection(url, MariaDbTestDatabase.USER, MariaDbTestDatabase.PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT s.source_path, f.source_file, "
                     + "f.source_sheet, f.source_cell, f.message FROM finding f JOIN submission s ON s.id = f.submission_id "
                     + "WHERE f.rule_id IN ('MAP-UNKNOWN-CODE', 'MAP-NAME-DIFFERS')")) {
            while (rs.next()) {
                Matcher m = code.matcher(rs.getString(5));
                assertThat(m.find()).as(rs.getString(5)).isTrue();
                Path source = Path.of(rs.getString(1));
                Path file = Files.isDirectory(source) ? source.resolve(rs.getString(2)) : source;
                String name;
                try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                    CellReference ref = new CellReference(rs.getString(4));
                    name = new DataFormatter().formatCellValue(wb.getSheet(rs.getString(3)).getRow(ref.getRow())
                            .getCell(ref.getCol())).strip().replaceFirst("^[\\s\\u3000]+", "");
                }
                (m.group(1).startsWith("3") ? economic : functional).put(m.group(1), name);
            }
        }
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** 科目编码 | 科目名称, the names indented with full-width spaces by level, under a title and a 单位 line. */
    private static void writeOneColumn(Map<String, String> codes, Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("支出功能分类科目");
            sheet.createRow(0).createCell(0).setCellValue("2023年政府收支分类科目（支出功能分类科目）");
            sheet.createRow(1).createCell(0).setCellValue("财政部制");
            Row header = sheet.createRow(3);
            header.createCell(0).setCellValue("科目编码");
            header.createCell(1).setCellValue("科目名称");
            int r = 4;
            for (Map.Entry<String, String> c : codes.entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.getKey());
                row.createCell(1).setCellValue("　".repeat((c.getKey().length() - 3) / 2) + c.getValue());
            }
            book.write(out);
        }
    }

    /** 类 | 款 | 科目名称: the 类 printed on its own line, each 款 as its two digits under it (类 left blank). */
    private static void writeSplitColumns(Map<String, String> codes, Path file) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("经济分类");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("类");
            header.createCell(1).setCellValue("款");
            header.createCell(2).setCellValue("科目名称");
            int r = 1;
            for (Map.Entry<String, String> c : codes.entrySet()) {
                Row row = sheet.createRow(r++);
                if (c.getKey().length() == 3) {
                    row.createCell(0).setCellValue(c.getKey());
                } else {
                    row.createCell(1).setCellValue(c.getKey().substring(3));
                }
                row.createCell(2).setCellValue(c.getValue());
            }
            book.write(out);
        }
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, MariaDbTestDatabase.USER, MariaDbTestDatabase.PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
