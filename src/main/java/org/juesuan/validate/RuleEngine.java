package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Amount;
import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;
import org.juesuan.model.TableCode;
import org.springframework.stereotype.Component;

/**
 * Applies the year's rule book to a submission's tables. Amounts are compared in 元, exactly, apart from the
 * rounding tolerance ({@link Rounding}); each break becomes a finding naming every cell read, and the 尾差 one
 * printed cent makes are one finding ({@link RoundingCauses}).
 */
@Component
public class RuleEngine {

    private final RuleBook book;

    public RuleEngine(RuleBook book) {
        this.book = book;
    }

    public RuleCounts check(Map<TableCode, MappedTable> tables, Integer fiscalYear, List<Finding> findings) {
        RuleCounts counts = RuleCounts.NONE;
        RoundingCauses ruled = new RoundingCauses(findings::add);
        for (Rule rule : book.rulesFor(fiscalYear)) {
            counts = counts.plus(check(rule, tables, ruled));
        }
        ruled.release();
        return counts;
    }

    private static RuleCounts check(Rule rule, Map<TableCode, MappedTable> tables, Consumer<Finding> findings) {
        if (rule instanceof Rule.Compare compare) {
            return compare.scope() == Scope.ROW ? RowIdentities.check(compare, tables.get(compare.table()), findings)
                    : SubmissionIdentities.check(compare, tables, findings);
        }
        if (rule instanceof Rule.Hierarchy hierarchy) {
            return HierarchySums.check(hierarchy, tables.get(hierarchy.table()), findings);
        }
        if (rule instanceof Rule.EmptyNote emptyNote) {
            return emptyNote(emptyNote, tables, findings);
        }
        return nonNegative((Rule.NonNegative) rule, tables, findings);
    }

    private static RuleCounts emptyNote(Rule.EmptyNote rule, Map<TableCode, MappedTable> tables,
                                        Consumer<Finding> findings) {
        RuleCounts counts = RuleCounts.NONE;
        for (TableCode code : rule.tables()) {
            MappedTable table = tables.get(code);
            boolean empty = table != null && table.rows().stream()
                    .allMatch(r -> r.amounts().values().stream().allMatch(Amount::isZero));
            if (!empty) {
                counts = counts.plus(IdentityCheck.NOT_APPLICABLE);
            } else if (!table.source().note().isBlank()) {
                counts = counts.plus(IdentityCheck.PASSED);
            } else {
                findings.accept(new Finding(rule.id(), rule.severity(), table.code(),
                        AuditMessages.emptyWithoutNote(table.code(), rule.message()),
                        null, null, List.of(table.source().detected().titleCell())));
                counts = counts.plus(IdentityCheck.FAILED);
            }
        }
        return counts;
    }

    private static RuleCounts nonNegative(Rule.NonNegative rule, Map<TableCode, MappedTable> tables,
                                          Consumer<Finding> findings) {
        int failed = 0;
        for (MappedTable table : tables.values()) {
            for (KeyedRow row : table.rows()) {
                for (Map.Entry<String, Amount> e : row.amounts().entrySet()) {
                    if (e.getValue().yuan().signum() < 0) {
                        failed++;
                        findings.accept(new Finding(rule.id(), rule.severity(), table.code(),
                                AuditMessages.negative(table.code(), row, table.source().detected().layout()
                                                .columnLabel(e.getKey()), rule.message(), e.getValue().yuan(),
                                        table.source().detected().unit()),
                                BigDecimal.ZERO, e.getValue().yuan(), List.of(e.getValue().cell())));
                    }
                }
            }
        }
        return new RuleCounts(failed == 0 ? 1 : 0, failed, 0);
    }
}
