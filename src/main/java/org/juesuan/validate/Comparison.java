package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.juesuan.layout.Unit;
import org.juesuan.mapping.KeyedRow;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.Messages;
import org.juesuan.model.TableCode;

/**
 * The verdict on one comparison of a compare rule, however its sides were evaluated: whether
 * {@code left op right} holds within the tolerance, and the finding when it does not.
 */
final class Comparison {

    private Comparison() {
    }

    static boolean holds(Rule rule, BigDecimal left, BigDecimal right, BigDecimal tolerance) {
        BigDecimal difference = left.subtract(right);
        return switch (rule.op()) {
            case "==" -> difference.abs().compareTo(tolerance) <= 0;
            case "<=" -> difference.compareTo(tolerance) <= 0;
            case ">=" -> difference.negate().compareTo(tolerance) <= 0;
            default -> throw new IllegalStateException("rule " + rule.id() + ": unknown op " + rule.op());
        };
    }

    /** The break, naming both sides, the difference and every cell read (each once, in reading order). */
    static Finding finding(Rule rule, TableCode table, Unit unit, String rowLabel, BigDecimal left, BigDecimal right,
                           BigDecimal tolerance, Collection<CellRef> cellsRead) {
        Unit shown = unit == null ? Unit.YUAN : unit;
        return new Finding(rule.id(), rule.severity(), table,
                Messages.text("rule.compare", String.join(" ", Stream.of(
                                table == null ? null : Messages.table(table), rowLabel).filter(Objects::nonNull).toList()),
                        rule.message(), shown.fromYuan(left), shown.fromYuan(right), shown.fromYuan(left.subtract(right)),
                        shown.label(), tolerance.signum() > 0
                                ? Messages.text("rule.compare.tolerance", shown.fromYuan(tolerance), shown.label()) : ""),
                right, left, List.copyOf(new LinkedHashSet<>(cellsRead)));
    }

    /** How a finding names a row: 合计行, or 「2050101 小学教育」行 / 「一般公共预算财政拨款收入」行. */
    static String rowLabel(KeyedRow row) {
        if (row == null) {
            return null;
        }
        return "TOTAL".equals(row.rowKey()) ? Messages.text("rule.row.total") : Messages.text("rule.row", rowName(row));
    }

    /** 合计 / 2050101 小学教育 / 一般公共预算财政拨款收入: the row as the sheet prints it. */
    static String rowName(KeyedRow row) {
        boolean coded = row.rowKey().chars().allMatch(Character::isDigit) && !row.rowName().startsWith(row.rowKey());
        return coded ? row.rowKey() + " " + row.rowName() : row.rowName();
    }
}
