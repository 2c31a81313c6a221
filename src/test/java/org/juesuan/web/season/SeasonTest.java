package org.juesuan.web.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.web.season.SampleVariants.AGRICULTURE;
import static org.juesuan.web.season.SampleVariants.MIYI;
import static org.juesuan.web.season.SampleVariants.MIYI_2022;
import static org.juesuan.web.season.SampleVariants.MIYI_2023;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.batch.ImportLauncher;
import org.juesuan.cli.JuesuanCli;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.report.SubmissionReport;
import org.juesuan.support.MariaDbTestDatabase;
import org.juesuan.web.account.PortalRole;
import org.juesuan.web.account.PortalUser;
import org.juesuan.web.upload.UploadGate;
import org.springframework.mock.web.MockMultipartFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal's season against the real MariaDB: the roster, an upload audited as {@code check} audits it, 上报 through
 * the real import, the five states as the bureau replies, two versions compared figure by figure, the season zip.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeasonTest {

    private static final String URL = MariaDbTestDatabase.freshUrl("season");

    @DynamicPropertySource
    static void mariadb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry, URL);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportLauncher launcher;

    @TempDir
    static Path dir;

    final PortalUser miyi = new PortalUser("miyi", PortalRole.DEPARTMENT, MIYI);
    final PortalUser agriculture = new PortalUser("nongye", PortalRole.DEPARTMENT, AGRICULTURE);
    final PortalUser bureau = new PortalUser("caizheng", PortalRole.BUREAU, null);

    PortalFiles files;
    UploadAudit audit;
    Filings filings;
    Decisions decisions;
    SeasonStates states;

    @BeforeAll
    void services() {
        UploadGate gate = new UploadGate(dir.resolve("portal"));
        files = new PortalFiles(gate);
        PortalUploads uploads = new PortalUploads(jdbc);
        audit = new UploadAudit(gate, files, uploads);
        filings = new Filings(jdbc, audit, launcher);
        decisions = new Decisions(jdbc);
        states = new SeasonStates(jdbc);
    }

    long upload(PortalUser user, String name, byte[] bytes) throws IOException {
        UploadAudit.Outcome outcome = audit.upload(user, List.of(new MockMultipartFile("files", name, null, bytes)));
        assertThat(outcome.refusal()).isNull();
        return outcome.uploadId();
    }

    PortalUpload find(long id) {
        return new PortalUploads(jdbc).find(id).orElseThrow();
    }

    SeasonRow row(String department, int year) {
        return states.of(department, year).orElseThrow();
    }

    @Test
    void theRosterComesFromTheCommandLineAndFromCsvAndXlsxFiles() throws Exception {
        int exit = JuesuanCli.execute("department", "add", "米易县审计局", "--db-url", URL, "--db-user",
                MariaDbTestDatabase.USER, "--db-password", MariaDbTestDatabase.PASSWORD);
        assertThat(exit).isZero();
        Path csv = dir.resolve("名单.csv");
        Files.writeString(csv, "\uFEFF部门名称\n米易县民政局\n\n\"米易县财政局\",备注\n米易县民政局\n", StandardCharsets.UTF_8);
        assertThat(RosterFile.read(csv)).containsExactly("米易县民政局", "米易县财政局");
        Path xlsx = dir.resolve("名单.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); FileOutputStream out = new FileOutputStream(xlsx.toFile())) {
            book.createSheet("名单").createRow(0).createCell(0).setCellValue("单位名称");
            book.getSheet("名单").createRow(1).createCell(0).setCellValue("　米易县水利局 ");
            book.write(out);
        }
        assertThat(RosterFile.read(xlsx)).containsExactly("米易县水利局");
        Roster roster = new Roster(jdbc);
        assertThat(roster.addAll(RosterFile.read(csv))).isEqualTo(2);
        assertThat(roster.addAll(RosterFile.read(xlsx))).isEqualTo(1);
        assertThat(roster.add("米易县民政局")).isFalse();
        assertThat(roster.activeNames()).contains("米易县审计局", "米易县民政局", "米易县财政局", "米易县水利局");
        // on the roster, nothing sent: 未报送 in any year
        SeasonRow water = row("米易县水利局", 2023);
        assertThat(water.state()).isEqualTo(SeasonState.NOT_SUBMITTED);
        assertThat(water.submissionId()).isNull();
        assertThat(water.state().label()).isEqualTo("未报送");
    }

    @Test
    void anUploadPrintedForAnotherDepartmentIsRefusedNamingBothAndNothingIsKept() throws IOException {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM portal_upload", Integer.class);
        UploadAudit.Outcome outcome = audit.upload(agriculture,
                List.of(new MockMultipartFile("files", MIYI_2023.getFileName().toString(), null,
                        SampleVariants.bytes(MIYI_2023))));
        assertThat(outcome.uploadId()).isNull();
        assertThat(outcome.refusal()).contains("“" + MIYI + "”").contains("“" + AGRICULTURE + "”");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM portal_upload", Integer.class)).isEqualTo(before);
        assertThat(folders()).noneMatch(f -> Files.exists(f.resolve("files")) && isEmptyOrHas(f, MIYI_2023));
    }

    private List<Path> folders() throws IOException {
        Path root = dir.resolve("portal");
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(root)) {
            return all.toList();
        }
    }

    private boolean isEmptyOrHas(Path folder, Path sample) {
        // a refused upload leaves no folder behind; any folder left must be a kept (recorded) upload
        return jdbc.queryForObject("SELECT COUNT(*) FROM portal_upload WHERE folder_key = ?", Integer.class,
                folder.getFileName().toString()) == 0;
    }

    @Test
    void theUploadIsAuditedAsCheckAuditsItAndFilingRunsTheImport() throws IOException {
        long id = upload(miyi, MIYI_2023.getFileName().toString(), SampleVariants.bytes(MIYI_2023));
        PortalUpload upload = find(id);
        SubmissionReport report = audit.report(upload);
        assertThat(upload.verdict()).isEqualTo(SubmissionStatus.LOADED_WITH_ERRORS);
        assertThat(upload.verdictLabel()).isEqualTo("审核不通过");
        assertThat(upload.fiscalYear()).isEqualTo(2023);
        assertThat(upload.errorCount()).isPositive().isEqualTo((int) report.count("ERROR"));
        // the 米易 sample's published contradiction: 人员经费 + 公用经费 ≠ 基本支出 on the 基本支出决算表's 合计
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.message()).contains("基本支出 = 人员经费 + 公用经费"));
        assertThat(Files.readAllBytes(audit.stored(upload).files().resolve(MIYI_2023.getFileName().toString())))
                .isEqualTo(SampleVariants.bytes(MIYI_2023));

        Filings.Outcome filed = filings.file(miyi, upload, Map.of(), "本局决算已经局务会审定");
        assertThat(filed.refusal()).isNull();
        Map<String, Object> submission = jdbc.queryForMap("SELECT * FROM submission WHERE id = ?", filed.submissionId());
        assertThat(submission.get("department_name")).isEqualTo(MIYI);
        assertThat(submission.get("status")).isEqualTo("LOADED_WITH_ERRORS");
        assertThat(((Number) submission.get("error_count")).intValue()).isEqualTo(upload.errorCount());
        SeasonRow row = row(MIYI, 2023);
        assertThat(row.state()).isEqualTo(SeasonState.FAILED_AUDIT);
        assertThat(row.submissionId()).isEqualTo(filed.submissionId());
        assertThat(row.errorCount()).isEqualTo(upload.errorCount());
        Filing filing = filings.ofDepartment(MIYI).stream().filter(f -> f.id() == filed.filingId()).findFirst().orElseThrow();
        assertThat(filing.explanations()).singleElement().satisfies(e -> {
            assertThat(e.itemNo()).isZero();
            assertThat(e.explanation()).isEqualTo("本局决算已经局务会审定");
        });
        // another department cannot 上报 it
        assertThat(filings.file(agriculture, upload, Map.of(), null).refusal()).isEqualTo("只能上报本单位的报表");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        List<String> entries = new SeasonZip(jdbc).write(2023, zip);
        assertThat(entries).contains(MIYI + "/" + MIYI + "-2023.annotated.xlsx");
        List<String> read = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                read.add(e.getName());
                if (e.getName().endsWith(".annotated.xlsx")) {
                    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(in.readAllBytes()))) {
                        assertThat(book.getSheetName(0)).isEqualTo("审核结果");
                    }
                }
            }
        }
        assertThat(read).isEqualTo(entries);
    }

    @Test
    void repliesVersionsAndExplanationsMoveTheStateAndTheDiffShowsTheOneChangedFigure() throws IOException {
        String name = MIYI_2022.getFileName().toString();
        // v1: the clean 2022 workbook → 已上报待审
        PortalUpload v1 = find(upload(miyi, name, SampleVariants.bytes(MIYI_2022)));
        assertThat(v1.verdict()).isEqualTo(SubmissionStatus.LOADED);
        long s1 = filings.file(miyi, v1, Map.of(), null).submissionId();
        assertThat(row(MIYI, 2022).state()).isEqualTo(SeasonState.AWAITING_REVIEW);

        assertThat(decisions.decide(miyi, s1, Decision.ACCEPTED, null)).contains("只有财政部门可以退回或接收");
        assertThat(decisions.decide(bureau, s1, Decision.RETURNED, " ")).isPresent();
        assertThat(decisions.decide(bureau, s1, Decision.RETURNED, "请核对科学技术支出的基本支出")).isEmpty();
        SeasonRow returned = row(MIYI, 2022);
        assertThat(returned.state()).isEqualTo(SeasonState.RETURNED);
        assertThat(returned.reply()).isEqualTo("请核对科学技术支出的基本支出");
        assertThat(decisions.ofDepartment(MIYI)).first().satisfies(d -> {
            assertThat(d.message()).isEqualTo("请核对科学技术支出的基本支出");
            assertThat(d.label()).isEqualTo("退回");
        });

        // v2: 206's 基本支出 388.85 → 388.86 万元: inside the rounding tolerance; the three sums that cent puts off
        // (206 against its 款, 206's row, 合计 against its 类) are one 尾差 WARNING, explained once
        byte[] changed = SampleVariants.withNumber(MIYI_2022, "支出决算表", 388.85, 388.86);
        PortalUpload v2 = find(upload(miyi, name, changed));
        assertThat(v2.verdict()).isEqualTo(SubmissionStatus.LOADED);
        SubmissionReport report = audit.report(v2);
        List<SubmissionReport.Item> warnings = Filings.warnings(report);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.ruleId()).isEqualTo("T03-SUM-ROUNDING");
            assertThat(w.message()).contains("尾差").contains("同一分钱也使");
        });
        Filings.Outcome refused = filings.file(miyi, v2, Map.of(0, "  "), null);
        assertThat(refused.refusal()).isEqualTo("每条提示都要写审核说明才能上报；还缺第 1 条");
        Filings.Outcome filed = filings.file(miyi, v2, Map.of(0, "各表分别四舍五入"), null);
        assertThat(filed.refusal()).isNull();
        long s2 = filed.submissionId();
        assertThat(jdbc.queryForObject("SELECT version FROM submission WHERE id = ?", Integer.class, s2)).isEqualTo(2);
        SeasonRow again = row(MIYI, 2022);
        assertThat(again.state()).isEqualTo(SeasonState.AWAITING_REVIEW); // a new 上报 after the 退回
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.warningCount()).isEqualTo(1);
        Filing filing = filings.ofSubmission(s2).get(0);
        assertThat(filing.explanations()).extracting(Filing.Explanation::explanation)
                .containsExactly("各表分别四舍五入");
        assertThat(filing.explanations().get(0)).satisfies(e -> {
            assertThat(e.ruleId()).isEqualTo(warnings.get(0).ruleId());
            assertThat(e.findingText()).isEqualTo(warnings.get(0).message());
            assertThat(e.cells()).contains("支出决算表!F9");
        });

        List<FigureChange> diff = new VersionsDiff(jdbc).between(s1, s2).orElseThrow();
        assertThat(diff).singleElement().satisfies(c -> {
            assertThat(c.tableCode()).isEqualTo("T03");
            assertThat(c.rowKey()).isEqualTo("206");
            assertThat(c.columnKey()).isEqualTo("basic");
            assertThat(c.unit()).isEqualTo("万元");
            assertThat(c.before()).isEqualByComparingTo("388.85");
            assertThat(c.after()).isEqualByComparingTo("388.86");
            assertThat(c.difference()).isEqualByComparingTo(new BigDecimal("0.01"));
        });
        assertThat(new VersionsDiff(jdbc).between(s1, 987_654_321L)).isEmpty(); // not a version of the same year

        // the same bytes 上报ed again: the import finds them unchanged, the same submission, the season reopens
        assertThat(decisions.decide(bureau, s2, Decision.ACCEPTED, null)).isEmpty();
        assertThat(row(MIYI, 2022).state()).isEqualTo(SeasonState.ACCEPTED);
        assertThat(row(MIYI, 2022).reply()).isNull();
        Filings.Outcome same = filings.file(miyi, v2, Map.of(0, "a"), null);
        assertThat(same.submissionId()).isEqualTo(s2);
        assertThat(row(MIYI, 2022).state()).isEqualTo(SeasonState.AWAITING_REVIEW);
    }
}
