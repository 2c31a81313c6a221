package org.juesuan.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.juesuan.mapping.MappedTable;
import org.juesuan.model.CellRef;
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

/**
 * Row-scope rules reduced once per table to a linear form ({@link LinearRowRule}) must find exactly what
 * SpEL evaluated on each row finds: the same counts, and findings equal in rule, message, values and cells.
 * Checked on the education bureau sample with seeded row breaks and on the 米易 sample, whose published
 * T05/T07 rows break 基本支出 = 人员经费 + 公用经费.
 */
class LinearRowRuleTest {

    @TempDir
    static Path dir;

    private static final List<Rule> ROW_RULES = new RuleBook().rulesFor(2023).stream().filter(Rule::rowScope).toList();
    private static final DepartmentAccounts CLEAN = SampleGenerator.departments().get(1);

    /** A coded T05 row whose 人员经费 is raised by 1.00 万元: its 基本支出 and 合计 identities break. */
    private static AccountRow broken;
    /** A coded T07 row whose 公用经费 is raised by 0.01 万元: inside the rounding of two summed figures. */
    private static AccountRow rounded;
    private static Map<TableCode, MappedTable> seeded;
    private static Map<TableCode, MappedTable> miyi;

    private final RowScopeRules rowRules = new RowScopeRules(new SpelComparison());

    @BeforeAll
    static void readSamples() throws Exception {
        broken = CLEAN.rows("T05").stream().filter(r -> r.rowKey().matches("\\d+")
                && r.amount("basic.personnel").signum() > 0).findFirst().orElseThrow();
        rounded = CLEAN.rows("T07").stream().filter(r -> r.rowKey().matches("\\d+")
                && r.amount("basic.personnel").signum() > 0 && r.amount("basic.public").signum() > 0)
                .findFirst().orElseThrow();
        seeded = TablesSeenByTheRuleEngine.of(CLEAN.withRow("T05", raised(broken, "basic.personnel", "1.00"))
                .withRow("T07", raised(rounded, "basic.public", "0.01")), dir.resolve("seeded.xlsx"));
        miyi = TablesSeenByTheRuleEngine.of(SubmissionSource.workbook(Samples.MIYI_XLSX), ImportOptions.DEFAULTS);
    }

    private static AccountRow raised(AccountRow row, String column, String delta) {
        return row.with(column, row.amount(column).add(new BigDecimal(delta)));
    }

    private static MappedTable table(Map<TableCode, MappedTable> tables, Rule rule) {
        return tables.get(TableCode.valueOf(rule.table()));
    }

    private static Rule rule(String id) {
        return ROW_RULES.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Rule withRight(Rule rule, String right) {
        return new Rule(rule.id(), rule.type(), rule.scope(), rule.table(), rule.severity(), rule.left(), rule.op(),
                right, rule.exact(), rule.ifPrinted(), rule.forEachRowTables(), rule.forEachRowLevel(), rule.tables(),
                rule.message());
    }

    /** What one way of checking a rule over a table gave. */
    private record Outcome(RuleCounts counts, List<Finding> findings) {
    }

    private Outcome linear(Rule rule, MappedTable table) {
        List<Finding> findings = new ArrayList<>();
        LinearRowRule form = rowRules.linearForm(rule, table).orElseThrow(() -> new AssertionError(rule.id()
                + " is not reduced to a linear form: " + rule.left() + " " + rule.op() + " " + rule.right()));
        return new Outcome(form.check(findings), findings);
    }

    private Outcome rowByRow(Rule rule, MappedTable table) {
        List<Finding> findings = new ArrayList<>();
        return new Outcome(rowRules.checkEachRowBySpel(rule, table, findings), findings);
    }

    private Outcome engine(Rule rule, MappedTable table) {
        List<Finding> findings = new ArrayList<>();
        return new Outcome(rowRules.check(rule, table, findings), findings);
    }

    @Test
    void everyRowRuleOfTheBookIsReducedToTermsInReadingOrder() {
        Rule balance = rule("T10-ROW-BALANCE");
        LinearRowRule form = rowRules.linearForm(balance, table(seeded, balance)).orElseThrow();
        assertThat(form.left().terms()).containsExactly(new Terms.Term<>("end_balance", false));
        assertThat(form.right().terms()).containsExactly(new Terms.Term<>("begin_balance", false),
                new Terms.Term<>("income", false), new Terms.Term<>("exp_total", true));
        // sumOf('project.') stands for every printed project column, in the table's order.
        Rule project = rule("T05-ROW-PROJECT");
        MappedTable t05 = table(seeded, project);
        assertThat(rowRules.linearForm(project, t05).orElseThrow().right().terms())
                .extracting(Terms.Term::read)
                .containsExactlyElementsOf(t05.printedColumns().stream().filter(c -> c.startsWith("project.")).toList())
                .isNotEmpty();
        for (Rule rule : ROW_RULES) {
            assertThat(rowRules.linearForm(rule, table(seeded, rule))).as(rule.id()).isPresent();
        }
    }

    @Test
    void linearFormAndSpelRowByRowFindTheSameOnSeededAndPublishedBreaks() {
        // The book's differences (T10/T11 balances) read empty tables in these samples: two more, over T05's figures.
        Rule basic = rule("T05-ROW-BASIC");
        Rule difference = new Rule("T05-ROW-PERSONNEL", basic.type(), basic.scope(), basic.table(), basic.severity(),
                "['basic.personnel']", "==", "basic - ['basic.public']", false, false, null, null, null,
                "人员经费 = 基本支出 − 公用经费");
        Rule negated = withRight(difference, "-['basic.public'] + basic");
        List<Rule> rules = new ArrayList<>(ROW_RULES);
        rules.addAll(List.of(difference, negated));
        for (Map<TableCode, MappedTable> tables : List.of(seeded, miyi)) {
            for (Rule rule : rules) {
                MappedTable table = table(tables, rule);
                if (table != null) {
                    assertThat(linear(rule, table)).as(rule.id()).isEqualTo(rowByRow(rule, table));
                }
            }
        }
        // Not vacuous: the seeded break is found at its row's cells, the rounding-only difference is not.
        assertThat(linear(difference, table(seeded, difference)).findings()).hasSize(1);
        MappedTable t05 = table(seeded, basic);
        CellRef raisedCell = t05.row(broken.rowKey()).amounts().get("basic.personnel").cell();
        List<Finding> findings = linear(basic, t05).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.cells()).containsExactly(t05.row(broken.rowKey()).amounts().get("basic").cell(), raisedCell,
                    t05.row(broken.rowKey()).amounts().get("basic.public").cell());
            assertThat(f.actualYuan().subtract(f.expectedYuan())).isEqualByComparingTo("-10000");
        });
        Rule roundedRule = rule("T07-ROW-BASIC");
        assertThat(linear(roundedRule, table(seeded, roundedRule)).findings()).isEmpty();
        assertThat(linear(basic, table(miyi, basic)).findings()).isNotEmpty();
    }

    @Test
    void aSideThatIsNotASumOfColumnsIsEvaluatedRowByRowWithTheSameFindings() {
        Rule basic = rule("T05-ROW-BASIC");
        MappedTable t05 = table(seeded, basic);
        Outcome expected = engine(basic, t05);
        assertThat(expected.findings()).isNotEmpty();
        for (String right : List.of("(['basic.personnel'] + ['basic.public']) * 1",
                "['basic.personnel'] + ['basic.public'] + 0", "#root['basic.personnel'] + ['basic.public']")) {
            Rule notLinear = withRight(basic, right);
            assertThat(rowRules.linearForm(notLinear, t05)).as(right).isEmpty();
            assertThat(engine(notLinear, t05)).as(right).isEqualTo(expected);
        }
    }

    @Test
    void aColumnTheTableDoesNotPrintMakesTheRuleNotApplicableEitherWay() {
        Rule basic = withRight(rule("T05-ROW-BASIC"), "['basic.personnel'] + no_such_column");
        MappedTable t05 = table(seeded, basic);
        Outcome notApplicable = new Outcome(new RuleCounts(0, 0, 1), List.of());
        assertThat(linear(basic, t05)).isEqualTo(notApplicable);
        assertThat(rowByRow(basic, t05)).isEqualTo(notApplicable);
    }
}
