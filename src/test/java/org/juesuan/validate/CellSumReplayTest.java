package org.juesuan.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;
import org.juesuan.model.TableCode;
import org.juesuan.samples.AccountRow;
import org.juesuan.samples.DepartmentAccounts;
import org.juesuan.samples.SampleGenerator;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.SubmissionSource;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * Sides over the whole submission that are sums of cells are evaluated symbolically once and replayed in
 * Java ({@link CellRead}); the whole rule book must then find exactly what SpEL on every evaluation finds:
 * the same counts and findings (rule, message, values, cells, in order), on seeded cross-table breaks, on
 * the 米易 sample's published ones, on the .xls sample, and with tables missing.
 */
class CellSumReplayTest {

    @TempDir
    static Path dir;

    private static final RuleBook BOOK = new RuleBook();
    private static final DepartmentAccounts CLEAN = SampleGenerator.departments().get(1);
    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    private static Map<TableCode, MappedTable> seeded;
    private static List<Map<TableCode, MappedTable>> submissions;

    @BeforeAll
    static void readSamples() throws Exception {
        // T08 人员经费 +1.00 throughout (X5 breaks); 1.00 moved between two T01 class lines (X2-CLASS breaks twice).
        List<AccountRow> classes = CLEAN.rows("T01").stream().filter(r -> r.rowKey().matches("\\d{3}")
                && r.amount("amount").signum() > 0).toList();
        DepartmentAccounts broken = CLEAN;
        for (String personnel : List.of("30101", "301", "PERSONNEL_TOTAL")) {
            broken = raised(broken, "T08", personnel, "amount", "1.00");
        }
        broken = raised(raised(broken, "T01", classes.get(0).rowKey(), "amount", "1.00"),
                "T01", classes.get(1).rowKey(), "amount", "-1.00");
        seeded = TablesSeenByTheRuleEngine.of(broken, dir.resolve("seeded.xlsx"));
        Map<TableCode, MappedTable> withoutSome = new EnumMap<>(seeded);
        List.of(TableCode.T05, TableCode.T07, TableCode.T10, TableCode.T12).forEach(withoutSome::remove);
        submissions = List.of(seeded, withoutSome,
                TablesSeenByTheRuleEngine.of(SubmissionSource.workbook(Samples.MIYI_XLSX), ImportOptions.DEFAULTS),
                TablesSeenByTheRuleEngine.of(SubmissionSource.workbook(Samples.AGRICULTURE_XLS), ImportOptions.DEFAULTS));
    }

    private static DepartmentAccounts raised(DepartmentAccounts accounts, String table, String key, String column,
                                             String delta) {
        AccountRow row = accounts.row(table, key).orElseThrow();
        return accounts.withRow(table, row.with(column, row.amount(column).add(new BigDecimal(delta))));
    }

    /** What one engine found on one submission. */
    private record Outcome(RuleCounts counts, List<Finding> findings) {
        List<String> ruleIds() {
            return findings.stream().map(Finding::ruleId).toList();
        }
    }

    private static Outcome check(RuleEngine engine, Map<TableCode, MappedTable> tables) {
        List<Finding> findings = new ArrayList<>();
        return new Outcome(engine.check(tables, 2023, findings), findings);
    }

    @SuppressWarnings("unchecked")
    private static Terms<CellRead> replayed(String side) {
        return (Terms<CellRead>) SymbolicEvaluation.terms(PARSER.parseExpression(side), new SymbolicSubmission());
    }

    @Test
    void everyCrossTableSideOfTheBookIsReplayedAsItsCellsInReadingOrder() {
        for (Rule rule : BOOK.rulesFor(2023)) {
            if (rule.type().equals("compare") && !rule.rowScope()) {
                for (String side : List.of(rule.left(), rule.right())) {
                    assertThat(replayed(side.replace("{row}", "201"))).as(rule.id() + ": " + side).isNotNull();
                }
            }
        }
        assertThat(replayed("T08.sumOfClasses('amount') - T08['301']['amount'] - T08['303']['amount']").terms())
                .containsExactly(new Terms.Term<CellRead>(new CellRead.ClassSum("T08", "amount"), false),
                        new Terms.Term<CellRead>(new CellRead.Cell("T08", "301", "amount"), true),
                        new Terms.Term<CellRead>(new CellRead.Cell("T08", "303", "amount"), true));
    }

    @Test
    void replayedSumsFindWhatSpelFindsOnEverySubmission() {
        for (Map<TableCode, MappedTable> tables : submissions) {
            Outcome replayed = check(new RuleEngine(BOOK), tables);
            assertThat(replayed).isEqualTo(check(new RuleEngine(BOOK, new SpelComparison(false)), tables));
        }
        // Not vacuous: the seeded breaks are found, tables removed make rules not applicable, 米易 breaks X5.
        Outcome seededOutcome = check(new RuleEngine(BOOK), seeded);
        assertThat(seededOutcome.ruleIds()).contains("X5", "X2-CLASS");
        assertThat(check(new RuleEngine(BOOK), submissions.get(1)).counts().notApplicable())
                .isGreaterThan(seededOutcome.counts().notApplicable());
        assertThat(check(new RuleEngine(BOOK), submissions.get(2)).ruleIds()).contains("X5");
    }

    @Test
    void aSideThatIsNotASumOfCellsIsInterpretedWithTheSameFindings() {
        Rule x5 = BOOK.rulesFor(2023).stream().filter(r -> r.id().equals("X5")).findFirst().orElseThrow();
        Rule notASum = new Rule(x5.id(), x5.type(), x5.scope(), x5.table(), x5.severity(), x5.left(), x5.op(),
                "(" + x5.right() + ") * 1", x5.exact(), x5.ifPrinted(), x5.forEachRowTables(), x5.forEachRowLevel(),
                x5.tables(), x5.message());
        assertThat(replayed(notASum.right())).isNull();
        List<Finding> expected = new ArrayList<>();
        List<Finding> interpreted = new ArrayList<>();
        SpelComparison spel = new SpelComparison();
        for (Rule rule : List.of(x5, notASum)) {
            Evaluation evaluation = new Evaluation();
            assertThat(spel.compare(rule, rule.left(), rule.right(), evaluation, SpelComparison.context(),
                    new SubmissionView(seeded, evaluation), null, rule == x5 ? expected : interpreted))
                    .isEqualTo(new RuleCounts(0, 1, 0));
        }
        assertThat(interpreted).isEqualTo(expected).hasSize(1);
    }
}
