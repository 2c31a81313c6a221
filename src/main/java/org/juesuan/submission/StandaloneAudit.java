package org.juesuan.submission;

import org.juesuan.layout.SheetLayoutDetector;
import org.juesuan.layout.TableLayouts;
import org.juesuan.layout.TableScanner;
import org.juesuan.mapping.ClassificationCatalog;
import org.juesuan.mapping.RowKeyMapper;
import org.juesuan.read.WorkbookReader;
import org.juesuan.validate.FigureValidator;
import org.juesuan.validate.RuleBook;
import org.juesuan.validate.RuleEngine;

/**
 * The import's audit without Spring or a database, for a department checking its own workbook
 * ({@code check}): the same beans the application wires (reader → layout → mapping → rules), built by hand,
 * so the findings are the ones the bureau's import will record.
 */
public final class StandaloneAudit {

    private final TableLayouts layouts = new TableLayouts();
    private final SubmissionAnalyzer analyzer;

    public StandaloneAudit() {
        analyzer = new SubmissionAnalyzer(
                new SubmissionTables(new WorkbookReader(), new TableScanner(new SheetLayoutDetector(layouts)),
                        new RowKeyMapper(new ClassificationCatalog(), layouts)),
                new FigureValidator(), new RuleEngine(new RuleBook()));
    }

    public SubmissionAnalyzer analyzer() {
        return analyzer;
    }

    /** Finds the submissions as the import does: each workbook, or a folder of per-table files, is one. */
    public SubmissionFinder finder() {
        return new SubmissionFinder(layouts);
    }
}
