package org.juesuan.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.juesuan.report.HtmlReportRenderer;
import org.juesuan.report.JsonReportRenderer;
import org.juesuan.report.SubmissionReport;
import org.juesuan.report.SubmissionReportRepository;
import org.juesuan.report.TextReportRenderer;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, subcommands = DisclosureCommand.class,
        description = "Print the findings of one submission (its id, as `status` lists it).")
class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SUBMISSION", description = "submission id")
    long id;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.matches("text|json|html")) {
            spec.commandLine().getErr().println("report: --format must be text, json or html");
            return 2;
        }
        try (ConfigurableApplicationContext context = Warehouse.openForReading(db)) {
            Optional<SubmissionReport> report = context.getBean(SubmissionReportRepository.class).load(id);
            if (report.isEmpty()) {
                spec.commandLine().getErr().println("report: no submission #" + id + " (see `status`)");
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
            spec.commandLine().getErr().println("report: " + e.getMessage());
            return 3;
        }
    }
}
