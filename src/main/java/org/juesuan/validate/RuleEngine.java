package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.juesuan.layout.TableLayout;
import org.juesuan.layout.Unit;
import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.Messages;
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
            if (!rule.forEachRowTables().stream().allMatch(t -> tables.containsKey(TableCode.valueOf(t)))) {
                return new RuleCounts(0, 0, 1); // it compares its tables row by row: one of them is absent
            }
            // {row} stays in the expression and the views read it as the current key: each side is
            // parsed (and reduced to its cells) once, not once per row key
            RuleCounts[] counts = {RuleCounts.NONE};
            forEachRowKey(rule, tables, rowKey -> {
                Evaluation evaluation = new Evaluation();
                evaluation.forRow = rowKey;
                counts[0] = counts[0].plus(compare(rule, rule.left(), rule.right(), evaluation,
                        new SubmissionView(tables, evaluation), rowLabel(rule, tables, rowKey), findings));
            });
            return counts[0];
        }
        Evaluation evaluation = new Evaluation();
        return compare(rule, rule.left(), rule.right(), evaluation, new SubmissionView(tables, evaluation), null, findings);
    }

    /** The row a forEachRow comparison is about, named as its first table prints it. */
    private static String rowLabel(Rule rule, Map<TableCode, MappedTable> tables, String rowKey) {
        for (String code : rule.forEachRowTables()) {
            MappedTable table = tables.get(TableCode.valueOf(code));
            KeyedRow row = table == null ? null : table.row(rowKey);
            if (row != null) {
                return Comparison.rowLabel(row);
            }
        }
        return Messages.text("rule.row", rowKey);
    }

    private RuleCounts compare(Rule rule, String left, String right, Evaluation evaluation, Object root,
                               String rowLabel, List<Finding> findings) {
        return spel.compare(rule, left, right, evaluation, SpelComparison.context(), root, rowLabel, findings);
    }

    /**
     * Each {row} key of a forEachRow rule once: every row (of the given level) printed in any of its
     * tables, in the order met. Streams the rows: a table of a million keys is not copied into a set.
     */
    private static void forEachRowKey(Rule rule, Map<TableCode, MappedTable> tables, Consumer<String> action) {
        List<MappedTable> earlier = new ArrayList<>();
        for (String code : rule.forEachRowTables()) {
            MappedTable table = tables.get(TableCode.valueOf(code));
            if (table == null) {
                continue;
            }
            for (KeyedRow row : table.rows()) {
                boolean classRow = row.rowKey().chars().allMatch(Character::isDigit);
                boolean wanted = rule.forEachRowLevel() == null ? classRow || row.rowKey().equals("TOTAL")
                        : classRow && row.level() == rule.forEachRowLevel();
                if (wanted && earlier.stream().noneMatch(t -> t.row(row.rowKey()) != null)) {
                    action.accept(row.rowKey());
                }
            }
            earlier.add(table);
        }
    }

    /**
     * 类 = Σ款, 款 = Σ项, TOTAL = Σ类, in every printed column. Sums the children per parent in one
     * pass (memory by the number of parents, not rows); the children's cells are gathered in a
     * second pass only for the sums that break.
     */
    private RuleCounts hierarchy(Rule rule, MappedTable table, List<Finding> findings) {
        if (table == null) {
            return new RuleCounts(0, 0, 1);
        }
        List<String> columns = List.copyOf(table.printedColumns());
        Map<String, ChildSums> children = new HashMap<>();
        for (KeyedRow row : table.rows()) {
            String parent = parentOf(row);
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ChildSums(columns.size())).add(row, columns);
            }
        }
        Unit unit = table.source().detected().unit();
        TableLayout layout = table.source().detected().layout();
        int passed = 0;
        List<Break> breaks = new ArrayList<>();
        for (KeyedRow parent : table.rows()) {
            ChildSums parts = children.get(parent.rowKey());
            if (parts == null || (parent.level() == 0 && !parent.rowKey().equals("TOTAL"))) {
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                Amount whole = parent.amounts().get(columns.get(c));
                if (whole == null) {
                    continue;
                }
                BigDecimal tolerance = rule.exact() || parts.nonZero[c] < 2 ? BigDecimal.ZERO
                        : unit.toYuan(CENT).multiply(BigDecimal.valueOf(parts.nonZero[c]));
                if (whole.yuan().subtract(parts.sums[c]).abs().compareTo(tolerance) <= 0) {
                    passed++;
                } else {
                    breaks.add(new Break(parent, columns.get(c), whole, parts.sums[c], parts.rows));
                }
            }
        }
        if (!breaks.isEmpty()) {
            Map<String, List<Break>> byParent = new HashMap<>();
            breaks.forEach(b -> byParent.computeIfAbsent(b.parent().rowKey(), k -> new ArrayList<>()).add(b));
            for (KeyedRow row : table.rows()) {
                for (Break b : byParent.getOrDefault(parentOf(row), List.of())) {
                    Amount part = row.amounts().get(b.column());
                    if (part != null) {
                        b.cells().add(part.cell());
                    }
                }
            }
            for (Break b : breaks) {
                BigDecimal difference = b.whole().yuan().subtract(b.sum());
                findings.add(new Finding(rule.id(), rule.severity(), table.code(),
                        Messages.text("rule.hierarchy", Messages.table(table.code()), rowName(b.parent()),
                                layout.columnLabel(b.column()), rule.message(), unit.fromYuan(b.whole().yuan()),
                                b.parts(), unit.fromYuan(b.sum()), unit.fromYuan(difference), unit.label()),
                        b.sum(), b.whole().yuan(), b.cells()));
            }
        }
        return new RuleCounts(passed, breaks.size(), 0);
    }

    /** The row a row adds up into: its code's parent, or TOTAL for a 类 row; null for others. */
    private static String parentOf(KeyedRow row) {
        return row.level() >= 2 ? row.parentKey() : row.level() == 1 ? "TOTAL" : null;
    }

    /** Σ of one parent's children per column, and how many of them were non-zero (the rounding terms). */
    private static final class ChildSums {
        final BigDecimal[] sums;
        final int[] nonZero;
        int rows;

        ChildSums(int columns) {
            sums = new BigDecimal[columns];
            Arrays.fill(sums, BigDecimal.ZERO);
            nonZero = new int[columns];
        }

        void add(KeyedRow row, List<String> columns) {
            rows++;
            for (int c = 0; c < columns.size(); c++) {
                Amount amount = row.amounts().get(columns.get(c));
                if (amount == null) {
                    continue;
                }
                sums[c] = sums[c].add(amount.yuan());
                if (!amount.isZero()) {
                    nonZero[c]++;
                }
            }
        }
    }

    /** A parent whose column does not equal the sum of its children; cells: the parent's, then each child's. */
    private record Break(KeyedRow parent, String column, Amount whole, BigDecimal sum, int parts, List<CellRef> cells) {
        Break(KeyedRow parent, String column, Amount whole, BigDecimal sum, int parts) {
            this(parent, column, whole, sum, parts, new ArrayList<>(List.of(whole.cell())));
        }
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
                        Messages.text("rule.empty-note", Messages.table(table.code()), rule.message()),
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
                        Unit unit = table.source().detected().unit();
                        findings.add(new Finding(rule.id(), rule.severity(), table.code(),
                                Messages.text("rule.non-negative", Messages.table(table.code()), rowName(row),
                                        table.source().detected().layout().columnLabel(e.getKey()),
                                        unit.fromYuan(e.getValue().yuan()), unit.label(), rule.message()),
                                BigDecimal.ZERO, e.getValue().yuan(), List.of(e.getValue().cell())));
                    }
                }
            }
        }
        return new RuleCounts(failed == 0 ? 1 : 0, failed, 0);
    }

    private static String rowName(KeyedRow row) {
        return Comparison.rowName(row);
    }
}
