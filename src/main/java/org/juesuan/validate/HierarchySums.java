package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.juesuan.layout.Unit;
import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;

/**
 * Hierarchy rules: 类 = Σ款, 款 = Σ项, TOTAL = Σ类, in every printed column of a table, within the rounding
 * tolerance ({@link Rounding}: the parent against its non-zero children). Sums the children per parent in one
 * pass (memory by the number of parents, not rows); the children's cells are gathered in a second pass only for
 * the sums that break or differ by a 尾差.
 */
final class HierarchySums {

    private HierarchySums() {
    }

    static RuleCounts check(Rule.Hierarchy rule, MappedTable table, Consumer<Finding> findings) {
        if (table == null) {
            return IdentityCheck.NOT_APPLICABLE;
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
        int passed = 0;
        int failed = 0;
        List<Difference> differences = new ArrayList<>();
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
                BigDecimal tolerance = Rounding.tolerance(rule.tolerance(), unit, parts.nonZero[c]);
                Rounding.Verdict verdict = Rounding.verdict(whole.yuan().subtract(parts.sums[c]).abs(), tolerance);
                if (verdict == Rounding.Verdict.BREAKS) {
                    failed++;
                } else {
                    passed++;
                }
                if (verdict != Rounding.Verdict.HOLDS) {
                    differences.add(new Difference(verdict, parent, columns.get(c), whole, parts.sums[c], parts.rows,
                            tolerance));
                }
            }
        }
        if (!differences.isEmpty()) {
            addChildCells(table, differences);
            for (Difference d : differences) {
                findings.accept(d.finding(rule, table, unit));
            }
        }
        return new RuleCounts(passed, failed, 0);
    }

    /** The row a row adds up into: its code's parent, or TOTAL for a 类 row; null for others. */
    private static String parentOf(KeyedRow row) {
        return row.level() >= 2 ? row.parentKey() : row.level() == 1 ? "TOTAL" : null;
    }

    /** Second pass: each child's cell in the differing column, after its parent's. */
    private static void addChildCells(MappedTable table, List<Difference> differences) {
        Map<String, List<Difference>> byParent = new HashMap<>();
        differences.forEach(d -> byParent.computeIfAbsent(d.parent().rowKey(), k -> new ArrayList<>()).add(d));
        for (KeyedRow row : table.rows()) {
            for (Difference d : byParent.getOrDefault(parentOf(row), List.of())) {
                Amount part = row.amounts().get(d.column());
                if (part != null) {
                    d.cells().add(part.cell());
                }
            }
        }
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
    private record Difference(Rounding.Verdict verdict, KeyedRow parent, String column, Amount whole, BigDecimal sum,
                              int parts, BigDecimal tolerance, List<CellRef> cells) {
        Difference(Rounding.Verdict verdict, KeyedRow parent, String column, Amount whole, BigDecimal sum, int parts,
                   BigDecimal tolerance) {
            this(verdict, parent, column, whole, sum, parts, tolerance, new ArrayList<>(List.of(whole.cell())));
        }

        Finding finding(Rule.Hierarchy rule, MappedTable table, Unit unit) {
            String columnName = table.source().detected().layout().columnLabel(column);
            if (verdict == Rounding.Verdict.ROUNDING) {
                return new Finding(rule.id() + Rounding.FINDING_SUFFIX, IdentityCheck.roundingSeverity(rule.severity()),
                        table.code(), AuditMessages.hierarchyRounding(table.code(), parent, columnName, rule.message(),
                                whole.yuan(), parts, sum, tolerance, unit), sum, whole.yuan(), cells);
            }
            return new Finding(rule.id(), rule.severity(), table.code(), AuditMessages.hierarchyBreak(table.code(), parent,
                    columnName, rule.message(), whole.yuan(), parts, sum, unit), sum, whole.yuan(), cells);
        }
    }
}
