package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.load.ItemState;
import org.juesuan.samples.DepartmentAccounts;
import org.juesuan.samples.SampleGenerator;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.InboxFolders;
import org.juesuan.support.GeneratedSubmissions;
import org.juesuan.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bad input never stops the night: one inbox run over eight hostile or broken files and two good
 * submissions. Each bad file is refused with a clear reason, moved to rejected/ with a .txt saying
 * why; the good ones load as if the others were not there.
 */
@SpringBootTest
class BadInputTest {

    @DynamicPropertySource
    static void mariadb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.registerFresh(registry, "badinput");
    }

    @Autowired
    ImportLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void eachBadFileIsRefusedWithItsReasonAndTheOthersLoad() throws Exception {
        Path inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        List<Path> good = GeneratedSubmissions.writeSmall(inbox, 2, 7001);
        HostileWorkbooks.corruptZip(inbox.resolve("损坏.xlsx"));
        HostileWorkbooks.encrypted(inbox.resolve("加密.xlsx"));
        HostileWorkbooks.zipBomb(inbox.resolve("炸弹.xlsx"));
        Files.write(inbox.resolve("空.xlsx"), new byte[0]);
        Files.writeString(inbox.resolve("说明.xlsx"), "这是一个文本文件，不是工作簿。\n", StandardCharsets.UTF_8);
        HostileWorkbooks.manySheets(inbox.resolve("一万张表.xlsx"), 10_000);
        HostileWorkbooks.longCell(inbox.resolve("长单元格.xlsx"), 40_000);
        HostileWorkbooks.entityExpansion(inbox.resolve("实体.xlsx"));

        InboxFolders folders = new InboxFolders(inbox, dir.resolve("archive"), dir.resolve("rejected"));
        ImportOutcome run = launcher.runInbox(folders, ImportOptions.DEFAULTS);

        assertThat(run.failure()).isNull();
        assertThat(run.count(ItemState.REJECTED)).isEqualTo(8);
        assertThat(run.count(ItemState.LOADED) + run.count(ItemState.LOADED_WITH_ERRORS)).isEqualTo(2);
        assertThat(run.exitCode()).isEqualTo(1);
        Map<String, String> reasons = new HashMap<>();
        jdbc.query("SELECT relative_path, detail FROM import_item WHERE run_id = ? AND state = 'REJECTED'",
                rs -> { reasons.put(rs.getString(1), rs.getString(2)); }, run.runId());
        assertThat(reasons.get("损坏.xlsx")).startsWith("损坏.xlsx：工作簿已损坏");
        assertThat(reasons.get("加密.xlsx")).startsWith("加密.xlsx：工作簿设有打开密码");
        assertThat(reasons.get("炸弹.xlsx")).startsWith("炸弹.xlsx：拒收，疑似压缩炸弹——其中 xl/worksheets/sheet1.xml");
        assertThat(reasons.get("空.xlsx")).startsWith("空.xlsx：文件是空的（0 字节）");
        assertThat(reasons.get("说明.xlsx")).startsWith("说明.xlsx：不是 Excel 工作簿");
        assertThat(reasons.get("一万张表.xlsx")).startsWith("一万张表.xlsx：拒收——有 10000 张工作表");
        assertThat(reasons.get("长单元格.xlsx")).startsWith("长单元格.xlsx › 表1 › A1：单元格中有 40000 个字符");
        assertThat(reasons.get("实体.xlsx")).startsWith("实体.xlsx：拒收——其中 XML 部分 xl/sharedStrings.xml 声明了 DTD");

        // Nothing else was affected: both good departments are in v_fact, whole.
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT department_name) FROM v_fact", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM v_fact", Integer.class)).isEqualTo(
                jdbc.queryForObject("SELECT SUM(fact_count) FROM submission", Integer.class)).isPositive();
        // Every file left the inbox; each refused one sits in rejected/ beside its reason.
        Path rejected = folders.rejected().resolve(InboxFolders.runFolder(run.runId()));
        for (Map.Entry<String, String> refused : reasons.entrySet()) {
            assertThat(rejected.resolve(refused.getKey())).exists();
            assertThat(Files.readString(rejected.resolve(refused.getKey() + ".txt"))).contains(refused.getValue());
        }
        for (Path file : good) {
            assertThat(folders.archive().resolve(InboxFolders.runFolder(run.runId())).resolve(file.getFileName())).exists();
        }
        assertThat(inbox).isEmptyDirectory();
    }

    /**
     * A submission the warehouse itself refuses (here a 部门 line longer than its column) is
     * rolled back to a savepoint and recorded as REJECTED with the database's reason; it does not
     * fail the run, so `rerun --failed` is never stuck behind it.
     */
    @Test
    void aSubmissionTheWarehouseRefusesIsRejectedNotAFailedRun() throws Exception {
        Path inbox = dir.resolve("inbox2");
        DepartmentAccounts normal = SampleGenerator.randomDepartment(7101);
        DepartmentAccounts longName = new DepartmentAccounts("样例县" + "很长".repeat(120) + "局", 2023,
                normal.tables(), normal.emptyTableNotes());
        Files.createDirectories(inbox);
        org.juesuan.samples.SampleWorkbookWriter.write(longName, org.juesuan.samples.SampleOptions.defaults(),
                inbox.resolve("长名称-2023.xlsx"));
        GeneratedSubmissions.writeSmall(inbox, 1, 7102);

        ImportOutcome run = launcher.run(List.of(inbox), ImportOptions.DEFAULTS);

        assertThat(run.failure()).isNull();
        assertThat(run.count(ItemState.REJECTED)).isEqualTo(1);
        assertThat(run.count(ItemState.LOADED) + run.count(ItemState.LOADED_WITH_ERRORS)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT detail FROM import_item WHERE run_id = ? AND state = 'REJECTED'",
                String.class, run.runId())).contains("无法存入数据库").contains("department_name");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fact f JOIN submission s ON s.id = f.submission_id "
                + "WHERE s.status = 'REJECTED'", Integer.class)).isZero();
    }
}
