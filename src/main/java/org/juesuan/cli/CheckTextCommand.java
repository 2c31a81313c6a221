package org.juesuan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.juesuan.disclosure.DepartmentYear;
import org.juesuan.disclosure.FigureVocabulary;
import org.juesuan.disclosure.NarrativeChecker;
import org.juesuan.disclosure.NarrativeText;
import org.juesuan.disclosure.TextCheckReport;
import org.juesuan.disclosure.WarehouseFigures;
import org.juesuan.model.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check-text", mixinStandardHelpOptions = true,
        description = "核对部门自己写的情况说明（.txt/.docx）：文中每个数字与已入库的报表、与文中自身的算术是否一致。")
class CheckTextCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "情况说明草稿（.txt 或 .docx）")
    Path file;

    @Mixin
    DepartmentYearOptions which;

    @Option(names = "--format", defaultValue = "text", description = "text 或 json（默认 ${DEFAULT-VALUE}）")
    String format;

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.matches("text|json")) {
            spec.commandLine().getErr().println("check-text：--format 只能是 text 或 json");
            return 2;
        }
        if (which.department == null) {
            spec.commandLine().getErr().println(Messages.text("cli.department.missing", "check-text"));
            return 2;
        }
        String department = which.department;
        int year = which.year;
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("check-text：找不到文件 " + file);
            return 2;
        }
        List<NarrativeText.Sentence> sentences;
        try {
            sentences = NarrativeText.read(file);
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("check-text：无法读取 " + file + "：" + e.getMessage());
            return 2;
        }
        try (ReadingWarehouse reading = Warehouse.openForReading(db)) {
            WarehouseFigures warehouse = new WarehouseFigures(reading.jdbc());
            Optional<DepartmentYear> current = warehouse.load(department, year);
            if (current.isEmpty()) {
                spec.commandLine().getErr().println("check-text：" + warehouse.notLoaded(department, year));
                return 2;
            }
            DepartmentYear previous = warehouse.load(department, year - 1).orElse(null);
            TextCheckReport report = TextCheckReport.of(file.getFileName().toString(), current.get(), previous,
                    new NarrativeChecker(FigureVocabulary.load()).check(sentences, current.get(), previous));
            spec.commandLine().getOut().print(format.equals("json") ? report.json() : report.text());
            spec.commandLine().getOut().flush();
            return report.hasDifferences() ? 1 : 0;
        } catch (Warehouse.UnavailableException e) {
            spec.commandLine().getErr().println("check-text：" + e.getMessage());
            return 3;
        }
    }
}
