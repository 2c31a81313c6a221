package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Amount;
import org.juesuan.model.Finding;
import org.springframework.stereotype.Component;

/**
 * Every printed figure checked on its own: a well-formed row key (ROW-ROWKEY), an amount of at most four decimals
 * as printed (ROW-PRINTED: a 万元 cell may hold four — a {@code =元/10000} formula shows two, keeps four — so
 * 123.4567 万元 is exactly 1,234,567.00 元), and exact to the 分 once in 元 (ROW-YUAN). Plain checks, not Bean
 * Validation: they run on every figure of every submission, and a validator factory costs the self-check's start.
 */
@Component
public class FigureValidator {

    private static final Pattern ROW_KEY = Pattern.compile("\\d{3}|\\d{5}|\\d{7}|[A-Z][A-Z_]*");

    public void check(MappedTable table, List<Finding> findings) {
        for (KeyedRow row : table.rows()) {
            for (Amount amount : row.amounts().values()) {
                if (amount.isZero()) {
                    continue;
                }
                if (row.rowKey() == null || !ROW_KEY.matcher(row.rowKey()).matches()) {
                    findings.add(finding("ROW-ROWKEY", table, row, amount, row.rowKey()));
                }
                if (!fits(amount.printed(), 16, 4)) {
                    findings.add(finding("ROW-PRINTED", table, row, amount, plain(amount.printed())));
                }
                if (!fits(amount.yuan(), 18, 2)) {
                    findings.add(finding("ROW-YUAN", table, row, amount, plain(amount.yuan())));
                }
            }
        }
    }

    /** At most {@code integer} digits before the point and {@code fraction} after it, trailing zeros not counted. */
    static boolean fits(BigDecimal value, int integer, int fraction) {
        if (value == null) {
            return false;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.precision() - plain.scale() <= integer && Math.max(0, plain.scale()) <= fraction;
    }

    /** The figure as typed, every decimal shown (the catalogue would round an amount to two). */
    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static Finding finding(String code, MappedTable table, KeyedRow row, Amount amount, Object value) {
        return Finding.of(code, table.code(), List.of(amount.cell()), AuditMessages.rowName(row), value)
                .withAmounts(null, amount.yuan());
    }
}
