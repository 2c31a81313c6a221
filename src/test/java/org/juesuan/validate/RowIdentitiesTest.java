package org.juesuan.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.juesuan.layout.CodeFamily;
import org.juesuan.layout.Unit;
import org.juesuan.mapping.KeyedRows;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;
import org.juesuan.model.Severity;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.model.TableCode;
import org.juesuan.support.Importer;
import org.junit.jupiter.api.Test;

/**
 * A row rule over columns a table does not print is not applicable to it: {@code sumOf('project.')} over a T07
 * printed by 经济分类 rows (合计 | 基本支出 | 项目支出, no project.3xx column) is not a comparison with 0.
 */
class RowIdentitiesTest {

    private static Rule.Compare rowRule(String left, String right) throws Exception {
        return new Rule.Compare("T07-ROW-PROJECT", Severity.ERROR, "项目支出 = 项目支出各经济分类之和", Scope.ROW,
                TableCode.T07, SideParser.parse(left), Op.EQUAL, SideParser.parse(right), Tolerance.ROUNDING, false, null);
    }

    /** T07 by 经济分类 rows: one row 30101 printing 合计 5.00, 基本支出 3.00, 项目支出 2.00. */
    private static MappedTable t07ByEconomicRows() {
        List<String> columns = List.of("total", "basic", "project");
        KeyedRows rows = new KeyedRows("t07.xlsx", "T07", columns, Unit.WAN_YUAN);
        Map<String, Amount> amounts = new LinkedHashMap<>();
        String[] printed = {"5.00", "3.00", "2.00"};
        for (int c = 0; c < columns.size(); c++) {
            BigDecimal figure = new BigDecimal(printed[c]);
            amounts.put(columns.get(c), new Amount(figure, figure.movePointRight(4),
                    new CellRef("t07.xlsx", "T07", CellRef.a1(6, 2 + c))));
        }
        rows.add("30101", "基本工资", 2, amounts, new CellRef("t07.xlsx", "T07", CellRef.a1(6, 0)));
        return new MappedTable(TableCode.T07, null, rows, Set.copyOf(columns), CodeFamily.ECONOMIC);
    }

    @Test
    void aSumOfColumnsTheTableDoesNotPrintIsNotApplicableNotAComparisonWithZero() throws Exception {
        List<Finding> findings = new ArrayList<>();
        RuleCounts counts = RowIdentities.check(rowRule("project", "sumOf('project.')"), t07ByEconomicRows(), findings::add);
        assertThat(counts).isEqualTo(new RuleCounts(0, 0, 1));
        assertThat(findings).isEmpty();
    }

    @Test
    void aPlainColumnTheTableDoesNotPrintIsNotApplicableToo() throws Exception {
        List<Finding> findings = new ArrayList<>();
        RuleCounts counts = RowIdentities.check(rowRule("project", "['project.30101']"), t07ByEconomicRows(), findings::add);
        assertThat(counts).isEqualTo(new RuleCounts(0, 0, 1));
        assertThat(findings).isEmpty();
    }

    @Test
    void theHandmadeT07ByEconomicRowsLoadsWithoutTheProjectColumnsRule() {
        Submission s = Importer.analyze(Path.of("corpus/handmade/h28-t07-economic-t09-functional-rows.xlsx"));
        assertThat(s.findings()).noneMatch(f -> f.ruleId().startsWith("T07-ROW-PROJECT"));
        assertThat(s.status()).as(String.valueOf(s.findings())).isEqualTo(SubmissionStatus.LOADED);
    }
}
