package org.juesuan.validate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

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
                counts = counts.plus(compare(rule, rule.left(), rule.right(), null, evaluation,
                        new SubmissionView.RowView(table.code(), table, row, evaluation),
                        row.rowKey() + " " + row.rowName(), findings));
                if (counts.notApplicable() > 0) {
                    return new RuleCounts(0, 0, 1); // a column the rule needs is not printed in this table
                }
            }
            return counts;
        }
        if (rule.forEachRowTables() != null) {
            if (!rule.forEachRowTables().stream().allMatch(t -> tables.containsKey(TableCode.valueOf(t)))) {
                return new RuleCounts(0, 0, 1); // it compares its tables row by row: one of them is absent
            }
            // {row} becomes a variable, so the expression is parsed once, not once per row key
            String left = rule.left().replace("'{row}'", "#row");
            String right = rule.right().replace("'{row}'", "#row");
            RuleCounts[] counts = {RuleCounts.NONE};
            forEachRowKey(rule, tables, rowKey -> {
                Evaluation evaluation = new Evaluation();
                counts[0] = counts[0].plus(compare(rule, left.replace("{row}", rowKey), right.replace("{row}", rowKey),
                        rowKey, evaluation, new SubmissionView(tables, evaluation), rowKey, findings));
            });
            return counts[0];
        }
        Evaluation evaluation = new Evaluation();
        return compare(rule, rule.left(), rule.right(), null, evaluation, new SubmissionView(tables, evaluation), null,
                findings);
    }

    /** @param rowKey the value of {@code #row} in the expressions (forEachRow rules), or null */
    private RuleCounts compare(Rule rule, String left, String right, String rowKey, Evaluation evaluation, Object root,
                               String rowLabel, List<Finding> findings) {
        EvaluationContext context = SimpleEvaluationContext.forPropertyAccessors(new MapAccessor())
                .withInstanceMethods().withRootObject(root).build();
        if (rowKey != null) {
            context.setVariable("row", rowKey);
        }
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
                        "[" + b.parent().rowKey() + " " + b.parent().rowName() + " / " + b.column() + "] "
                                + rule.message() + "：本行 " + yuan(b.whole().yuan()) + " 元，下级 " + b.parts()
                                + " 行之和 " + yuan(b.sum()) + " 元，差 " + yuan(difference) + " 元",
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
