package org.juesuan.support;

import java.nio.file.Path;

import org.juesuan.layout.SheetLayoutDetector;
import org.juesuan.layout.TableLayouts;
import org.juesuan.layout.TableScanner;
import org.juesuan.mapping.ClassificationCatalog;
import org.juesuan.mapping.RowKeyMapper;
import org.juesuan.submission.SubmissionTables;
import org.juesuan.model.Submission;
import org.juesuan.read.WorkbookReader;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.SubmissionAnalyzer;
import org.juesuan.submission.SubmissionFinder;
import org.juesuan.submission.SubmissionSource;
import org.juesuan.validate.FigureValidator;
import org.juesuan.validate.RuleBook;
import org.juesuan.validate.RuleEngine;

/**
 * The import up to the warehouse (read → detect → map → validate) wired by hand, without Spring
 * or a database: what tests of reading need. One shared instance (the catalogs and rule book
 * load once).
 */
public final class Importer {

    private static final TableLayouts LAYOUTS = new TableLayouts();
    private static final SubmissionFinder FINDER = new SubmissionFinder(LAYOUTS);
    private static final SubmissionAnalyzer ANALYZER = analyzer(new WorkbookReader());

    private Importer() {
    }

    public static SubmissionAnalyzer analyzer(WorkbookReader reader) {
        return analyzer(reader, new RuleEngine(new RuleBook()));
    }

    /** With a rule engine of the test's own (one that also keeps what it was given, say). */
    public static SubmissionAnalyzer analyzer(WorkbookReader reader, RuleEngine ruleEngine) {
        return new SubmissionAnalyzer(
                new SubmissionTables(reader, new TableScanner(new SheetLayoutDetector(LAYOUTS)),
                        new RowKeyMapper(new ClassificationCatalog(), LAYOUTS)),
                new FigureValidator(), ruleEngine);
    }

    /** A workbook file, or a folder of per-table files, as one submission. */
    public static Submission analyze(Path path) {
        return analyze(path, ImportOptions.DEFAULTS);
    }

    public static Submission analyze(Path path, ImportOptions options) {
        SubmissionSource source = java.nio.file.Files.isDirectory(path)
                ? FINDER.find(java.util.List.of(path)).get(0) : SubmissionSource.workbook(path);
        return ANALYZER.analyze(source, options);
    }
}
