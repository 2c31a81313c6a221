package org.juesuan.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;
import org.juesuan.model.TableCode;
import org.juesuan.read.WorkbookReader;
import org.juesuan.samples.DepartmentAccounts;
import org.juesuan.samples.SampleOptions;
import org.juesuan.samples.SampleWorkbookWriter;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.SubmissionSource;
import org.juesuan.support.Importer;

/** A submission's tables exactly as the import hands them to the rule engine (units settled, rows keyed). */
final class TablesSeenByTheRuleEngine {

    private TablesSeenByTheRuleEngine() {
    }

    static Map<TableCode, MappedTable> of(SubmissionSource source, ImportOptions options) {
        class KeepingEngine extends RuleEngine {
            Map<TableCode, MappedTable> tables;

            KeepingEngine() {
                super(new RuleBook());
            }

            @Override
            public RuleCounts check(Map<TableCode, MappedTable> given, Integer fiscalYear, List<Finding> findings) {
                tables = given;
                return super.check(given, fiscalYear, findings);
            }
        }
        KeepingEngine engine = new KeepingEngine();
        Importer.analyzer(new WorkbookReader(), engine).analyze(source, options);
        assertThat(engine.tables).as("tables of " + source.displayName()).isNotEmpty();
        return engine.tables;
    }

    /** The accounts written as the sample layout does (it prints no year: 2023 is given, as --year would). */
    static Map<TableCode, MappedTable> of(DepartmentAccounts accounts, Path file) throws Exception {
        SampleWorkbookWriter.write(accounts, SampleOptions.defaults(), file);
        return of(SubmissionSource.workbook(file), new ImportOptions(2023, false, false, true));
    }
}
