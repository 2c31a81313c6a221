package org.juesuan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.juesuan.mapping.ClassificationCatalog;
import org.juesuan.model.Messages;
import org.juesuan.summary.ConsolidatedAccounts;
import org.juesuan.summary.SummaryScope;
import org.juesuan.summary.SummaryScopeException;
import org.juesuan.summary.SummarySources;
import org.juesuan.summary.SummaryWorkbook;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "写出一个年度的汇总：各部门当前版本之和，十三张表按标准格式（万元），另有封面列明汇总了哪些部门。"
                + "退出码：0 已写出，1 已写出但汇总了审核不通过的部门，2 用法错误，3 连不上数据库。")
class ExportSummaryCommand implements Callable<Integer> {

    static class Which {
        @Option(names = "--departments", split = ",", paramLabel = "部门",
                description = "只汇总这些部门（逗号分隔，名称与报表上的一致）")
        List<String> departments;

        @Option(names = "--region", paramLabel = "地区", description = "只汇总该地区的部门，如 四川省攀枝花市米易县")
        String region;
    }

    @ArgGroup(exclusive = true)
    Which which;

    @Option(names = "--year", required = true, description = "决算年度")
    int year;

    @Option(names = "--only-clean", description = "只汇总审核通过的部门（审核不通过的列在封面上，不汇总）")
    boolean onlyClean;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "写出的汇总工作簿")
    Path out;

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!out.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
            spec.commandLine().getErr().println(Messages.text("summary.usage.out"));
            return 2;
        }
        SummaryScope scope = new SummaryScope(year, which == null ? List.of() : which.departments,
                which == null ? null : which.region, onlyClean);
        try (ReadingWarehouse reading = Warehouse.openForReading(db)) {
            ConsolidatedAccounts accounts = new SummarySources(reading.jdbc()).load(scope);
            SummaryWorkbook.write(accounts, new ClassificationCatalog(), out);
            spec.commandLine().getOut().println(
                    Messages.text("summary.written", out, year, accounts.included().size()));
            int withErrors = accounts.includedWithErrors().size();
            if (withErrors > 0) {
                spec.commandLine().getOut().println(Messages.text("summary.written.errors", withErrors));
            }
            if (!accounts.leftOut().isEmpty()) {
                spec.commandLine().getOut().println(
                        Messages.text("summary.written.left-out", accounts.leftOut().size()));
            }
            return withErrors > 0 ? 1 : 0;
        } catch (SummaryScopeException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println(Messages.text("summary.write-failed", out, e.getMessage()));
            return 2;
        } catch (Warehouse.UnavailableException e) {
            spec.commandLine().getErr().println("export summary：" + e.getMessage());
            return 3;
        }
    }
}
