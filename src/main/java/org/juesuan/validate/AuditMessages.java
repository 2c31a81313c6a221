package org.juesuan.validate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.Collection;
import java.util.List;

import org.juesuan.layout.Unit;
import org.juesuan.mapping.KeyedRow;
import org.juesuan.model.Messages;
import org.juesuan.model.TableCode;

/**
 * Every text the audit writes for people, in one place: the findings shown to a department, and the refusals of
 * a rule file shown to whoever maintains it. Chinese; amounts in 元 with the 尾差 also in the printed unit.
 */
final class AuditMessages {

    // ---- a rule file that cannot be used -----------------------------------------------------------------
    static final String MISSING = "缺少此键";
    static final String NOT_TEXT = "应为一段文字";
    static final String NOT_A_LIST = "应为一个不空的列表（每项一行，以 - 开头）";
    static final String NOT_A_MAP = "应为“键: 值”的若干行";
    static final String DUPLICATE_ID = "规则编号重复（含 forColumns 展开后的编号）";
    static final String FOR_COLUMNS_NEEDS_COL = "forColumns 与编号中的 {col} 须同时出现：编号要写 {col}，逐栏展开后才不重复";
    static final String NOT_IN_ROW_SCOPE = "逐行规则（scope: row）不用此键";
    static final String TABLE_ONLY_IN_ROW_SCOPE = "只用于逐行规则（scope: row）；跨表规则在每个读数里写表号，如 T06['TOTAL']['basic']";
    static final String ROW_NEEDS_FOR_EACH_ROW = "用了 {row}，但规则没有 forEachRow（{row} 代表 forEachRow 逐个取的行）";
    static final String FOR_EACH_ROW_NEEDS_ROW = "有 forEachRow，但左右两边都没有用 {row}";
    static final String EXPECTED_PLUS_OR_MINUS = "此处只能是 + 或 −";
    static final String EXPECTED_READ = "此处应为一个读数：栏目名、['栏目']、sumOf('前缀')、Tnn['行']['栏目'] 或 Tnn.sumOfClasses('栏目')";
    static final String EXPECTED_TABLE_READ = "表号后应为 ['行']['栏目'] 或 .sumOfClasses('栏目')";
    static final String NO_SUCH_TABLE = "没有这个表号（T01 至 T13）";
    static final String EXPECTED_QUOTED_KEY = "此处应为单引号括起的键，如 'TOTAL'";
    static final String END_OF_SIDE = "（式子结尾）";

    private AuditMessages() {
    }

    /** 规则文件 rules/2023.yaml › 规则 T02-ROW › 键 'tolerence'：… (no key: the rule as a whole). */
    static String ruleFile(String file, String rule, String key, String what) {
        return "规则文件 " + file + " › 规则 " + rule + (key == null ? "" : " › 键 '" + key + "'") + "：" + what;
    }

    /** How a rule without a usable id is named. */
    static String ruleNumber(int number) {
        return "第 " + number + " 条";
    }

    static String notYaml(String file, String detail) {
        return "规则文件 " + file + "：不是合法的 YAML（" + detail + "）";
    }

    static String noRuleList(String file) {
        return "规则文件 " + file + "：应只有一个键 rules:，其下为规则列表";
    }

    static String notAYear(String file) {
        return "规则文件 " + file + "：文件名应为年度，如 rules/2023.yaml";
    }

    static String unknownKey(Collection<String> known) {
        return "未知的键；可用的键：" + String.join(", ", known);
    }

    static String badValue(Object value, Collection<String> allowed) {
        return "值 '" + value + "' 不可用；可用的值：" + String.join(", ", allowed);
    }

    static String reservedSuffix(String suffix) {
        return "编号不能以 " + suffix + " 结尾（留给尾差提示）";
    }

    static String unsupportedSide(String side, String part, int position, String expected) {
        return "不支持的写法 '" + part + "'（“" + side + "” 第 " + position + " 个字符）：" + expected
                + "。每一边只能是读数的加减";
    }

    static String readOutsideScope(String side, String part, boolean rowScope) {
        return "“" + side + "” 中的 '" + part + "' "
                + (rowScope ? "读的是某张表的单元格，逐行规则（scope: row）只能读本行的栏目：栏目名、['栏目']、sumOf('前缀')"
                        : "读的是本行的栏目，跨表规则只能读 Tnn['行']['栏目'] 或 Tnn.sumOfClasses('栏目')");
    }

    // ---- findings (texts from the message catalogue; amounts in the table's printed unit) ------------------

    /** 支出决算表 合计行：本年支出合计 = … 不成立——左边 …，右边 …，差 … 万元（允许尾差 …）. */
    static String identityBreak(TableCode table, String rowLabel, String message, BigDecimal left, BigDecimal right,
                                BigDecimal tolerance, Unit unit) {
        return Messages.text("rule.compare", where(table, rowLabel), message, unit.fromYuan(left), unit.fromYuan(right),
                unit.fromYuan(left.subtract(right)), unit.label(), tolerance.signum() > 0
                        ? Messages.text("rule.compare.tolerance", unit.fromYuan(tolerance), unit.label()) : "");
    }

    /** 收入支出决算总表 「201」行：尾差：…——左边 …，右边 …，差 0.01 万元（容差 0.01 万元）; {@link #roundingAdvice} follows. */
    static String identityRounding(TableCode table, String rowLabel, String message, BigDecimal left, BigDecimal right,
                                   BigDecimal tolerance, Unit unit) {
        return Messages.text("rule.rounding", where(table, rowLabel), message, inUnit(left, unit), inUnit(right, unit),
                inUnit(left.subtract(right), unit), unit.label(), inUnit(tolerance, unit));
    }

    static String hierarchyBreak(TableCode table, KeyedRow parent, String column, String message, BigDecimal whole,
                                 int parts, BigDecimal sum, Unit unit) {
        return Messages.text("rule.hierarchy", Messages.table(table), rowName(parent), column, message,
                unit.fromYuan(whole), parts, unit.fromYuan(sum), unit.fromYuan(whole.subtract(sum)), unit.label());
    }

    static String hierarchyRounding(TableCode table, KeyedRow parent, String column, String message, BigDecimal whole,
                                    int parts, BigDecimal sum, BigDecimal tolerance, Unit unit) {
        return Messages.text("rule.hierarchy.rounding", Messages.table(table), rowName(parent), column, message,
                inUnit(whole, unit), parts, inUnit(sum, unit), inUnit(whole.subtract(sum), unit), unit.label(),
                inUnit(tolerance, unit));
    }

    /** What closes a 尾差 finding: why it is only a WARNING and what to confirm. */
    static String roundingAdvice() {
        return Messages.text("rule.rounding.advice");
    }

    /** "；同一分钱也使下列等式…：a；b" — the 尾差 merged into the one that leads them. */
    static String roundingAlso(List<String> others) {
        return Messages.text("rule.rounding.also", String.join(Messages.text("rule.rounding.also.separator"), others));
    }

    static String emptyWithoutNote(TableCode table, String message) {
        return Messages.text("rule.empty-note", Messages.table(table), message);
    }

    static String negative(TableCode table, KeyedRow row, String column, String message, BigDecimal yuan, Unit unit) {
        return Messages.text("rule.non-negative", Messages.table(table), rowName(row), column, unit.fromYuan(yuan),
                unit.label(), message);
    }

    /** How a finding names a row: 合计行, or 「2050101 小学教育」行. */
    static String rowLabel(KeyedRow row) {
        return row == null ? null : rowLabel(row.rowKey(), rowName(row));
    }

    /** A forEachRow rule's row, named by its key: 合计行 or 「215」行. */
    static String rowLabel(String rowKey, String name) {
        return rowKey == null ? null : "TOTAL".equals(rowKey) ? Messages.text("rule.row.total") : Messages.text("rule.row", name);
    }

    /** 合计 / 2050101 小学教育 / 一般公共预算财政拨款收入: the row as the sheet prints it. */
    static String rowName(KeyedRow row) {
        boolean coded = row.rowKey().chars().allMatch(Character::isDigit) && !row.rowName().startsWith(row.rowKey());
        return coded ? row.rowKey() + " " + row.rowName() : row.rowName();
    }

    private static String where(TableCode table, String rowLabel) {
        String name = table == null ? "" : Messages.table(table);
        return rowLabel == null ? name : (name.isEmpty() ? rowLabel : name + " " + rowLabel);
    }

    static String yuan(BigDecimal amount) {
        return new DecimalFormat("#,##0.00").format(amount);
    }

    /** An amount in 元 in the printed unit, with as many decimals as it has (at least two). */
    private static String inUnit(BigDecimal yuan, Unit unit) {
        return new DecimalFormat("#,##0.00######").format(yuan.divide(unit.toYuan(BigDecimal.ONE)));
    }
}
