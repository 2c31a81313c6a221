package org.juesuan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.juesuan.disclosure.Disclosure;
import org.juesuan.disclosure.DisclosureFiles;
import org.juesuan.disclosure.DepartmentYear;
import org.juesuan.disclosure.WarehouseFigures;
import org.juesuan.model.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "disclosure", mixinStandardHelpOptions = true,
        description = "由已入库的报表生成部门决算情况说明（HTML，可打印为 A4；另有 .txt 文本和 SVG 图表）。")
class DisclosureCommand implements Callable<Integer> {

    @Mixin
    DepartmentYearOptions which;

    @Option(names = "--all", description = "该年度的每个部门各一份，另加索引页 index.html（代替 --department）")
    boolean all;

    @Option(names = "--out", defaultValue = ".", description = "输出目录（默认当前目录）")
    Path out;

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (all == (which.department != null)) {
            spec.commandLine().getErr().println(Messages.text("cli.department.or-all"));
            return 2;
        }
        int year = which.year;
        try (ReadingWarehouse reading = Warehouse.openForReading(db)) {
            WarehouseFigures warehouse = new WarehouseFigures(reading.jdbc());
            List<String> departments = all ? warehouse.departments(year) : List.of(which.department);
            List<Path> pages = new ArrayList<>();
            for (String department : departments) {
                Optional<DepartmentYear> current = warehouse.load(department, year);
                if (current.isEmpty()) {
                    spec.commandLine().getErr().println("report disclosure：" + warehouse.notLoaded(department, year));
                    return 2;
                }
                Path page = DisclosureFiles.write(new Disclosure(current.get(),
                        warehouse.load(department, year - 1).orElse(null)), out);
                pages.add(page);
                spec.commandLine().getOut().println("已生成 " + page);
            }
            if (all) {
                spec.commandLine().getOut().println("已生成 " + DisclosureFiles.index(year, pages, out));
            }
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("report disclosure：无法写入 " + out + "：" + e.getMessage());
            return 2;
        } catch (Warehouse.UnavailableException e) {
            spec.commandLine().getErr().println("report disclosure：" + e.getMessage());
            return 3;
        }
    }
}
