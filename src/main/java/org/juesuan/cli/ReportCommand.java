package org.juesuan.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.juesuan.model.Messages;
import org.juesuan.report.HtmlReportRenderer;
import org.juesuan.report.JsonReportRenderer;
import org.juesuan.report.SubmissionReport;
import org.juesuan.report.TextReportRenderer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, subcommands = DisclosureCommand.class,
        description = "输出一份报送的审核发现（报送编号见 status）。")
class ReportCommand implements Callable<Integer> {

    // optional only so that `report disclosure …` reaches its subcommand; call() still requires it
    @Parameters(paramLabel = "SUBMISSION", arity = "0..1", description = "报送编号")
    Long id;

    @Option(names = "--format", defaultValue = "text", description = "text、json 或 html（默认 ${DEFAULT-VALUE}）")
    String format;

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (id == null) {
            spec.commandLine().getErr().println("report：缺少报送编号 SUBMISSION（见 status）；生成情况说明用 report disclosure");
            return 2;
        }
        if (!format.matches("text|json|html")) {
            spec.commandLine().getErr().println(Messages.text("report.format"));
            return 2;
        }
        try (ReadingWarehouse warehouse = Warehouse.openForReading(db)) {
            Optional<SubmissionReport> report = warehouse.reports().load(id);
            if (report.isEmpty()) {
                spec.commandLine().getErr().println(Messages.text("report.no-submission", id));
                return 2;
            }
            spec.commandLine().getOut().print(switch (format) {
                case "json" -> JsonReportRenderer.render(report.get());
                case "html" -> HtmlReportRenderer.render(report.get());
                default -> TextReportRenderer.render(report.get());
            });
            spec.commandLine().getOut().flush();
            return 0;
        } catch (Warehouse.UnavailableException e) {
            spec.commandLine().getErr().println(Messages.text("report.problem", e.getMessage()));
            return 3;
        }
    }
}
