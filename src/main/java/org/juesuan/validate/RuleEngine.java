package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.juesuan.layout.Unit;
import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;
import org.juesuan.model.TableCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Applies the year's rule book to a submission's tables. Amounts are compared in 元, exactly,
 * apart from the declared rounding tolerance; each break becomes a finding naming every cell read.
 */
@Component
public class RuleEngine {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final RuleBook book;
    private final SpelComparison spel;
    private final RowScopeRules rowRules;

    @Autowired
    public RuleEngine(RuleBook book) {
        this(book, new SpelComparison());
    }

    /** With SpEL evaluated as the test says (replaying sums or not). */
    RuleEngine(RuleBook book, SpelComparison spel) {
        this.book = book;
        this.spel = spel;
        this.rowRules = new RowScopeRules(spel);
    }

    public RuleCounts check(Map<TableCode, MappedTable> tables, Integer fiscalYear, List<Finding> findings) {
        RuleCounts counts = RuleCounts.NONE;
        for (Rule rule : book.rulesFor(fiscalYear)) {
            counts = counts.plus(switch (rule.type()) {
                case "compare" -> compareRule(rule, tables, findings);
                case "hierarchy" -> hierarchy(rule, tables.get(TableCode.valueOf(rule.table())), findings);
                case "emptyNote" -> emptyNote(rule, tables, findings);
                case "nonNegative" -> nonNegative(rule, tables, findings);
                default -> throw new IllegalStateException("rule " + rule.id() + ": unknown type " + rule.type());
            });
        }
        return counts;
    }

    private RuleCounts compareRule(Rule rule, Map<TableCode, MappedTable> tables, List<Finding> findings) {
        if (rule.rowScope()) {
            return rowRules.check(rule, tables.get(TableCode.valueOf(rule.table())), findings);
        }
        if (rule.forEachRowTables() != null) {
            RuleCounts counts = RuleCounts.NONE;
            for (String rowKey : rowKeys(rule, tables)) {
                Evaluation evaluation = new Evaluation();
                counts = counts.plus(compare(rule, rule.left().replace("{row}", rowKey),
                        rule.right().replace("{row}", rowKey), evaluation,
                        new SubmissionView(tables, evaluation), rowKey, findings));
            }
            return counts;
        }
        Evaluation evaluation = new Evaluation();
        return compare(rule, rule.left(), rule.right(), evaluation, new SubmissionView(tables, evaluation), null, findings);
    }

    private RuleCounts compare(Rule rule, String left, String right, Evaluation evaluation, Object root,
                               String rowLabel, List<Finding> findings) {
        return spel.compare(rule, left, right, evaluation, SpelComparison.context(), root, rowLabel, findings);
    }

    /** The {row} keys of a forEachRow rule: every row (of the given level) printed in any of its tables. */
    private static Set<String> rowKeys(Rule rule, Map<TableCode, MappedTable> tables) {
        Set<String> keys = new LinkedHashSet<>();
        for (String code : rule.forEachRowTables()) {
            MappedTable table = tables.get(TableCode.valueOf(code));
            if (table == null) {
                continue;
            }
            for (KeyedRow row : table.rows()) {
                boolean classRow = row.rowKey().chars().allMatch(Character::isDigit);
                if (rule.forEachRowLevel() == null ? classRow || row.rowKey().equals("TOTAL")
                        : classRow && row.level() == rule.forEachRowLevel()) {
                    keys.add(row.rowKey());
                }
            }
        }
        return keys;
    }

    /** 类 = Σ款, 款 = Σ项, TOTAL = Σ类, in every printed column. */
    private RuleCounts hierarchy(Rule rule, MappedTable table, List<Finding> findings) {
        if (table == null) {
            return new RuleCounts(0, 0, 1);
        }
        Map<String, List<KeyedRow>> children = new LinkedHashMap<>();
        for (KeyedRow row : table.rows()) {
            if (row.level() >= 2) {
                children.computeIfAbsent(row.parentKey(), k -> new ArrayList<>()).add(row);
            } else if (row.level() == 1) {
                children.computeIfAbsent("TOTAL", k -> new ArrayList<>()).add(row);
            }
        }
        Unit unit = table.source().detected().unit();
        int passed = 0;
        int failed = 0;
        for (KeyedRow parent : table.rows()) {
            List<KeyedRow> parts = children.get(parent.rowKey());
            if (parts == null || (parent.level() == 0 && !parent.rowKey().equals("TOTAL"))) {
                continue;
            }
            for (String column : table.printedColumns()) {
                Amount whole = parent.amounts().get(column);
                BigDecimal sum = BigDecimal.ZERO;
                List<CellRef> cells = new ArrayList<>();
                cells.add(whole.cell());
                for (KeyedRow part : parts) {
                    Amount amount = part.amounts().get(column);
                    sum = sum.add(amount.yuan());
                    cells.add(amount.cell());
                }
                long terms = parts.stream().filter(p -> !p.amounts().get(column).isZero()).count();
                BigDecimal tolerance = rule.exact() || terms < 2 ? BigDecimal.ZERO
                        : unit.toYuan(CENT).multiply(BigDecimal.valueOf(terms));
                BigDecimal difference = whole.yuan().subtract(sum);
                if (difference.abs().compareTo(tolerance) <= 0) {
                    passed++;
                    continue;
                }
                failed++;
                findings.add(new Finding(rule.id(), rule.severity(), table.code(),
                        "[" + parent.rowKey() + " " + parent.rowName() + " / " + column + "] " + rule.message()
                                + "：本行 " + yuan(whole.yuan()) + " 元，下级 " + parts.size() + " 行之和 "
                                + yuan(sum) + " 元，差 " + yuan(difference) + " 元",
                        sum, whole.yuan(), cells));
            }
        }
        return new RuleCounts(passed, failed, 0);
    }

    private RuleCounts emptyNote(Rule rule, Map<TableCode, MappedTable> tables, List<Finding> findings) {
        RuleCounts counts = RuleCounts.NONE;
        for (String code : rule.tables()) {
            MappedTable table = tables.get(TableCode.valueOf(code));
            boolean empty = table != null && table.rows().stream()
                    .allMatch(r -> r.amounts().values().stream().allMatch(Amount::isZero));
            if (!empty) {
                counts = counts.plus(new RuleCounts(0, 0, 1));
            } else if (!table.source().note().isBlank()) {
                counts = counts.plus(new RuleCounts(1, 0, 0));
            } else {
                findings.add(new Finding(rule.id(), rule.severity(), table.code(),
                        table.code() + " " + table.code().title() + " 无数据但未附说明：" + rule.message(),
                        null, null, List.of(table.source().detected().titleCell())));
                counts = counts.plus(new RuleCounts(0, 1, 0));
            }
        }
        return counts;
    }

    private RuleCounts nonNegative(Rule rule, Map<TableCode, MappedTable> tables, List<Finding> findings) {
        int failed = 0;
        for (MappedTable table : tables.values()) {
            for (KeyedRow row : table.rows()) {
                for (Map.Entry<String, Amount> e : row.amounts().entrySet()) {
                    if (e.getValue().yuan().signum() < 0) {
                        failed++;
                        findings.add(new Finding(rule.id(), rule.severity(), table.code(),
                                "[" + row.rowKey() + " " + row.rowName() + " / " + e.getKey() + "] " + rule.message()
                                        + "：" + yuan(e.getValue().yuan()) + " 元",
                                BigDecimal.ZERO, e.getValue().yuan(), List.of(e.getValue().cell())));
                    }
                }
            }
        }
        return new RuleCounts(failed == 0 ? 1 : 0, failed, 0);
    }

    private static String yuan(BigDecimal amount) {
        return Comparison.yuan(amount);
    }
}
