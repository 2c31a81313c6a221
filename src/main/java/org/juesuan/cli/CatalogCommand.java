package org.juesuan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.load.OfficialCatalogFile;
import org.juesuan.load.OfficialCatalogStore;
import org.juesuan.load.OfficialCatalogStore.CatalogKind;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "财政部门的政府收支分类科目（按年度）：导入与查看。",
        subcommands = {CatalogCommand.Import.class, CatalogCommand.Status.class})
class CatalogCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"导入一年的政府收支分类科目（.xlsx/.xls/.csv，有“科目编码”或“类/款/项”列和“科目名称”列）。",
                    "同一年度再导入：名称按新表更新，新表没有的科目标记为停用。导入后该年度该类科目即为完整目录："
                            + "报送中不在目录里的科目记为提示，交部门说明。"})
    static class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "科目表文件")
        Path file;

        @Option(names = "--year", description = "年度（默认从文件名或标题中的 20xx 读出）")
        Integer year;

        @Option(names = "--kind", description = "functional（支出功能分类）、economic（部门预算支出经济分类）或 "
                + "gov-economic（政府预算支出经济分类）；默认从文件名读出")
        String kind;

        @Option(names = "--partial", description = "这只是节选，不是完整目录：不据此向部门提示，也不停用科目")
        boolean partial;

        @Mixin
        DatabaseOptions db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String name = file.getFileName().toString();
            Optional<CatalogKind> catalogKind = kind != null ? CatalogKind.of(kind) : kindOf(name);
            if (catalogKind.isEmpty()) {
                err.println("catalog import: 请用 --kind 指明 functional、economic 或 gov-economic"
                        + (kind != null ? "（不认识 " + kind + "）" : "（文件名 " + name + " 看不出是哪类科目）"));
                return 2;
            }
            Integer fiscalYear = year != null ? year : yearOf(name);
            if (fiscalYear == null) {
                err.println("catalog import: 请用 --year 指明年度（文件名 " + name + " 里没有 20xx）");
                return 2;
            }
            List<OfficialCatalogFile.Entry> entries;
            try {
                entries = OfficialCatalogFile.read(file);
            } catch (IOException | RuntimeException e) {
                err.println("catalog import: 读不了 " + file + "：" + e.getMessage());
                return 2;
            }
            try (ConfigurableApplicationContext context = Warehouse.open(db)) {
                OfficialCatalogStore.Imported imported = context.getBean(OfficialCatalogStore.class)
                        .importYear(catalogKind.get(), fiscalYear, entries, file.toAbsolutePath().toString(), !partial);
                out.printf("catalog import: %d 年%s %d 个科目（新增 %d，改名 %d，未变 %d，停用 %d）%s%n", fiscalYear,
                        catalogKind.get().title, entries.size(), imported.added(), imported.renamed(),
                        imported.unchanged(), imported.retired(), partial ? "，节选" : "，完整目录");
                return 0;
            } catch (Warehouse.UnavailableException e) {
                err.println("catalog import: " + e.getMessage());
                return 3;
            }
        }

        static Optional<CatalogKind> kindOf(String fileName) {
            if (fileName.contains("功能分类")) {
                return Optional.of(CatalogKind.FUNCTIONAL);
            }
            if (fileName.contains("政府预算支出经济分类")) {
                return Optional.of(CatalogKind.GOV_ECONOMIC);
            }
            return fileName.contains("经济分类") ? Optional.of(CatalogKind.ECONOMIC) : Optional.empty();
        }

        static Integer yearOf(String fileName) {
            Matcher m = Pattern.compile("(20\\d{2})").matcher(fileName);
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "各年度已导入哪些科目目录，是否完整。")
    static class Status implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = Warehouse.open(db)) {
                List<OfficialCatalogStore.YearStatus> years = context.getBean(OfficialCatalogStore.class).status();
                if (years.isEmpty()) {
                    out.println("还没有导入任何年度的政府收支分类科目：科目按随程序附带的部分目录核对，缺的只给财政局提示（说明），"
                            + "不发给部门。用 juesuan catalog import FILE --year 年度 导入。");
                }
                for (OfficialCatalogStore.YearStatus y : years) {
                    String title = CatalogKind.of(y.kind()).map(k -> k.title).orElse(y.kind());
                    out.printf("%d 年 %s：%d 个科目%s，%s（%s）%n", y.fiscalYear(), title, y.codes(),
                            y.retired() > 0 ? "，另有 " + y.retired() + " 个停用" : "", y.complete() ? "完整" : "节选，不作依据",
                            y.sourceFile());
                }
                for (int year : years.stream().map(OfficialCatalogStore.YearStatus::fiscalYear).distinct().toList()) {
                    for (CatalogKind kind : List.of(CatalogKind.FUNCTIONAL, CatalogKind.ECONOMIC)) {
                        boolean complete = years.stream().anyMatch(y -> y.fiscalYear() == year && y.kind().equals(kind.key)
                                && y.complete());
                        if (!complete) {
                            out.printf("%d 年 %s：没有完整目录，按附带的部分目录核对%n", year, kind.title);
                        }
                    }
                }
                out.flush();
                return 0;
            } catch (Warehouse.UnavailableException e) {
                spec.commandLine().getErr().println("catalog status: " + e.getMessage());
                return 3;
            }
        }
    }
}
