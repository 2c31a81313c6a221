package org.juesuan.validate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.juesuan.layout.Unit;
import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;
import org.juesuan.model.TableCode;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.stereotype.Component;

/**
 * Applies the year's rule book to a submission's tables. Amounts are compared in 元, exactly,
 * apart from the declared rounding tolerance; each break becomes a finding naming every cell read.
 */
@Component
public class RuleEngine {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final RuleBook book;
    private final SpelExpressionParser parser = new SpelExpressionParser();
    private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

    public RuleEngine(RuleBook book) {
        this.book = book;
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
            MappedTable table = tables.get(TableCode.valueOf(rule.table()));
            if (table == null) {
                return new RuleCounts(0, 0, 1);
            }
            RuleCounts counts = RuleCounts.NONE;
            for (KeyedRow row : table.rows()) {
                Evaluation evaluation = new Evaluation();
                counts = counts.plus(compare(rule, rule.left(), rule.right(), evaluation,
                        new SubmissionView.RowView(table.code(), table, row, evaluation),
                        row.rowKey() + " " + row.rowName(), findings));
                if (counts.notApplicable() > 0) {
                    return new RuleCounts(0, 0, 1); // a column the rule needs is not printed in this table
                }
            }
            return counts;
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
        EvaluationContext context = SimpleEvaluationContext.forPropertyAccessors(new MapAccessor())
                .withInstanceMethods().withRootObject(root).build();
        evaluation.startSide();
        BigDecimal l = evaluate(left, context, rule);
        evaluation.startSide();
        BigDecimal r = evaluate(right, context, rule);
        if (evaluation.notApplicable != null || (rule.ifPrinted() && evaluation.rowMissing)) {
            return new RuleCounts(0, 0, 1);
        }
        BigDecimal tolerance = rule.exact() ? BigDecimal.ZERO : evaluation.roundingTolerance();
        BigDecimal difference = l.subtract(r);
        boolean holds = switch (rule.op()) {
            case "==" -> difference.abs().compareTo(tolerance) <= 0;
            case "<=" -> difference.compareTo(tolerance) <= 0;
            case ">=" -> difference.negate().compareTo(tolerance) <= 0;
            default -> throw new IllegalStateException("rule " + rule.id() + ": unknown op " + rule.op());
        };
        if (holds) {
            return new RuleCounts(1, 0, 0);
        }
        TableCode table = evaluation.firstTable != null ? evaluation.firstTable
                : rule.table() != null ? TableCode.valueOf(rule.table()) : null;
        findings.add(new Finding(rule.id(), rule.severity(), table,
                (rowLabel == null ? "" : "[" + rowLabel + "] ") + rule.message() + "：左边 " + yuan(l) + " 元 "
                        + rule.op() + " 右边 " + yuan(r) + " 元 不成立，差 " + yuan(difference) + " 元"
                        + (tolerance.signum() > 0 ? "（容差 " + yuan(tolerance) + " 元）" : ""),
                r, l, List.copyOf(new LinkedHashSet<>(evaluation.cells))));
        return new RuleCounts(0, 1, 0);
    }

    private BigDecimal evaluate(String expression, EvaluationContext context, Rule rule) {
        Expression parsedExpression = parsed.computeIfAbsent(expression, parser::parseExpression);
        Object value = parsedExpression.getValue(context);
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        throw new IllegalStateException("rule " + rule.id() + ": '" + expression + "' gave " + value + ", not an amount");
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
        return new DecimalFormat("#,##0.00").format(amount);
    }
}
