package org.juesuan.support;

import org.juesuan.read.WorkbookReader;
import org.juesuan.submission.SubmissionAnalyzer;

/** The real analysis pipeline (read → detect → map → validate) without a database or Spring context. */
public final class Analyzers {

    private static final SubmissionAnalyzer ANALYZER = Importer.analyzer(new WorkbookReader());

    private Analyzers() {
    }

    public static SubmissionAnalyzer analyzer() {
        return ANALYZER;
    }
}
