package org.juesuan.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.juesuan.disclosure.FigureVocabulary.Cell;

/**
 * The figures of a 情况说明 (the written part of a department's 决算公开), computed from its tables: 收支总计, the
 * structure of income and expenditure, 财政拨款, 一般公共预算财政拨款 by 类 and by 项, 基本支出 as 人员经费 and 公用经费,
 * 三公经费 against budget, 政府性基金 and 国有资本经营; with last year's where it is loaded. All in 万元, exact.
 */
public final class Disclosure {

    /** One named amount in 万元 (exact; rounded only when written). */
    public record Line(String name, BigDecimal wan) {
    }

    /** A 项 of the 一般公共预算财政拨款 table with the 类 and 款 it sits under. */
    public record Item(String className, String kuanName, String name, String code, BigDecimal wan) {
    }

    /** The T01 income lines in the order a 情况说明 names them, with those names. */
    private static final Map<String, String> INCOME_SOURCES = new LinkedHashMap<>();
    private static final Map<String, String> SPENDING_COLUMNS = new LinkedHashMap<>();

    static {
        INCOME_SOURCES.put("INC_GPB", "一般公共预算财政拨款收入");
        INCOME_SOURCES.put("INC_GOVFUND", "政府性基金预算财政拨款收入");
        INCOME_SOURCES.put("INC_SOE", "国有资本经营预算财政拨款收入");
        INCOME_SOURCES.put("INC_UPPER", "上级补助收入");
        INCOME_SOURCES.put("INC_SERVICE", "事业收入");
        INCOME_SOURCES.put("INC_OPERATING", "经营收入");
        INCOME_SOURCES.put("INC_AFFILIATE", "附属单位上缴收入");
        INCOME_SOURCES.put("INC_OTHER", "其他收入");
        SPENDING_COLUMNS.put("basic", "基本支出");
        SPENDING_COLUMNS.put("project", "项目支出");
        SPENDING_COLUMNS.put("upper_remit", "上缴上级支出");
        SPENDING_COLUMNS.put("operating", "经营支出");
        SPENDING_COLUMNS.put("affiliate_grant", "对附属单位补助支出");
    }

    private final DepartmentYear current;
    private final DepartmentYear previous;

    public Disclosure(DepartmentYear current, DepartmentYear previous) {
        this.current = current;
        this.previous = previous;
    }

    public DepartmentYear current() {
        return current;
    }

    public DepartmentYear previous() {
        return previous;
    }

    /** The figure at a cell this year (zero when the table is printed but the cell empty; null when not printed). */
    public BigDecimal now(String table, String row, String column) {
        return wan(current, table, row, column);
    }

    /** Last year's figure at a cell, or null. */
    public BigDecimal before(String table, String row, String column) {
        return previous == null ? null : wan(previous, table, row, column);
    }

    public List<Line> incomeSources() {
        List<Line> lines = new ArrayList<>();
        INCOME_SOURCES.forEach((row, name) -> {
            BigDecimal wan = now("T01", row, "amount");
            if (wan != null && wan.signum() != 0) {
                lines.add(new Line(name, wan));
            }
        });
        return lines;
    }

    public List<Line> spendingByKind() {
        List<Line> lines = new ArrayList<>();
        SPENDING_COLUMNS.forEach((column, name) -> {
            BigDecimal wan = now("T03", "TOTAL", column);
            if (wan != null && wan.signum() != 0) {
                lines.add(new Line(name, wan));
            }
        });
        return lines;
    }

    /** 一般公共预算财政拨款支出 by 类 (T06, in catalog order). */
    public List<Line> generalBudgetByClass() {
        return current.figures().stream()
                .filter(f -> f.table().equals("T06") && f.column().equals("total") && f.rowKey().matches("\\d{3}"))
                .sorted((a, b) -> a.rowKey().compareTo(b.rowKey()))
                .map(f -> new Line(f.rowName(), wan(f.yuan()))).toList();
    }

    /** 一般公共预算财政拨款支出 by 项 (T06), each with its 类 and 款. */
    public List<Item> generalBudgetItems() {
        Map<String, String> names = new LinkedHashMap<>();
        current.figures().stream().filter(f -> f.table().equals("T06") && f.column().equals("total"))
                .forEach(f -> names.put(f.rowKey(), f.rowName()));
        return current.figures().stream()
                .filter(f -> f.table().equals("T06") && f.column().equals("total") && f.rowKey().matches("\\d{7}")
                        && f.yuan().signum() != 0)
                .sorted((a, b) -> a.rowKey().compareTo(b.rowKey()))
                .map(f -> new Item(names.getOrDefault(f.rowKey().substring(0, 3), ""),
                        names.getOrDefault(f.rowKey().substring(0, 5), ""), f.rowName(), f.rowKey(), wan(f.yuan())))
                .toList();
    }

    private static BigDecimal wan(DepartmentYear year, String table, String row, String column) {
        return year.at(new Cell(table, row, column)).map(f -> wan(f.yuan())).orElse(null);
    }

    static BigDecimal wan(BigDecimal yuan) {
        return yuan.divide(BigDecimal.valueOf(10000), 6, RoundingMode.UNNECESSARY);
    }
}
