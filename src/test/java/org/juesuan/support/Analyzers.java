package org.juesuan.support;

import jakarta.validation.Validation;

import org.juesuan.layout.SheetLayoutDetector;
import org.juesuan.layout.TableBodyReader;
import org.juesuan.layout.TableLayouts;
import org.juesuan.mapping.ClassificationCatalog;
import org.juesuan.mapping.RowKeyMapper;
import org.juesuan.read.WorkbookReader;
import org.juesuan.submission.SubmissionAnalyzer;
import org.juesuan.validate.FigureValidator;
import org.juesuan.validate.RuleBook;
import org.juesuan.validate.RuleEngine;

/** The real analysis pipeline (read → detect → map → validate) without a database or Spring context. */
public final class Analyzers {

    private static SubmissionAnalyzer analyzer;

    private Analyzers() {
    }

    public static synchronized SubmissionAnalyzer analyzer() {
        if (analyzer == null) {
            TableLayouts layouts = new TableLayouts();
            analyzer = new SubmissionAnalyzer(new WorkbookReader(), new SheetLayoutDetector(layouts),
                    new TableBodyReader(), new RowKeyMapper(new ClassificationCatalog(), layouts),
                    new FigureValidator(Validation.buildDefaultValidatorFactory().getValidator()),
                    new RuleEngine(new RuleBook()));
        }
        return analyzer;
    }
}
