package org.juesuan.report;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.juesuan.model.Submission;
import org.juesuan.samples.AccountRow;
import org.juesuan.samples.DepartmentAccounts;
import org.juesuan.samples.SampleGenerator;
import org.juesuan.samples.SampleOptions;
import org.juesuan.samples.SampleWorkbookWriter;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.SubmissionSource;
import org.juesuan.support.Analyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchTest {
    @Test
    void show(@TempDir Path dir) throws Exception {
        DepartmentAccounts clean = SampleGenerator.departments().get(1);
        AccountRow r = clean.rows("T03").stream().filter(x -> x.rowKey().matches("\\d{3}") && x.amount("total").signum() > 0).findFirst().orElseThrow();
        DepartmentAccounts broken = clean.withRow("T03", r.with("total", r.amount("total").add(new BigDecimal("1.00"))));
        Path file = dir.resolve("b.xlsx");
        SampleWorkbookWriter.write(broken, SampleOptions.defaults(), file);
        Submission s = Analyzers.analyzer().analyze(SubmissionSource.workbook(file), new ImportOptions(2023, false, false, true));
        System.out.println("ROW " + r.rowKey());
        s.findings().forEach(f -> System.out.println(f.severity() + " " + f.ruleId() + " " + f.table() + " " + f.message() + " e=" + f.expectedYuan() + " a=" + f.actualYuan() + " " + f.cells()));
    }
}
