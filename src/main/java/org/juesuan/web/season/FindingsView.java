package org.juesuan.web.season;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.layout.Unit;
import org.juesuan.model.CellRef;
import org.juesuan.model.Messages;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.model.TableCode;
import org.juesuan.report.FindingGroups;
import org.juesuan.report.SubmissionReport;

/**
 * A report's findings as the pages show them: grouped by the cell most likely at fault, as the HTML report and the
 * annotated workbook group them ({@link FindingGroups}), each with its number in the report's own order (the order
 * {@code check} prints) and the table around its first cell.
 */
public record FindingsView(String status, String statusLabel, String rejectReason, long errors, long warnings,
                           List<Section> sections, int count) {

    public record Section(String heading, String advice, List<Item> items) {
    }

    public record Item(int no, String ruleId, String severity, String severityLabel, String table, String message,
                       String expected, String actual, List<String> cells, String cellsJoined, CellWindow window) {
    }

    public static FindingsView of(SubmissionReport report, Path source) {
        Map<SubmissionReport.Item, Integer> numbers = new IdentityHashMap<>();
        for (int i = 0; i < report.findings().size(); i++) {
            numbers.put(report.findings().get(i), i + 1);
        }
        List<Section> sections = new ArrayList<>();
        FindingGroups.Grouped grouped = FindingGroups.of(report.findings());
        try (SheetWindows windows = new SheetWindows(source)) {
            for (FindingGroups.Group g : grouped.groups()) {
                Unit unit = report.unitAt(g.cause(), g.findings().get(0).table());
                sections.add(new Section(Messages.text("report.cause.heading", g.cause().toString(), g.findings().size(),
                        unit.fromYuan(g.difference()), unit.label()), Messages.text("report.cause.advice"),
                        items(report, g.findings(), numbers, windows)));
            }
            if (!grouped.alone().isEmpty()) {
                sections.add(new Section(grouped.groups().isEmpty() ? null : Messages.text("report.cause.others"), null,
                        items(report, grouped.alone(), numbers, windows)));
            }
        }
        SubmissionStatus status = SubmissionStatus.valueOf(report.status());
        return new FindingsView(status.name(), Messages.status(status), report.rejectReason(), report.count("ERROR"),
                report.count("WARNING"), sections, report.findings().size());
    }

    private static List<Item> items(SubmissionReport report, List<SubmissionReport.Item> findings,
                                    Map<SubmissionReport.Item, Integer> numbers, SheetWindows windows) {
        List<Item> items = new ArrayList<>();
        for (SubmissionReport.Item f : findings) {
            Unit unit = report.unitOf(f.table());
            List<String> cells = f.cells().stream().map(CellRef::toString).toList();
            items.add(new Item(numbers.get(f), f.ruleId(), f.severity(), Messages.text("severity." + f.severity()),
                    f.table() == null ? "" : Messages.table(TableCode.valueOf(f.table())), f.message(),
                    money(f.expectedYuan(), unit), money(f.actualYuan(), unit), cells, String.join("; ", cells),
                    windows.around(f.cells())));
        }
        return items;
    }

    private static String money(BigDecimal yuan, Unit unit) {
        return yuan == null ? "" : Messages.amount(unit.fromYuan(yuan)) + " " + unit.label();
    }
}
