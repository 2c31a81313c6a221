package org.juesuan.layout;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.juesuan.read.GridCell;
import org.juesuan.read.SheetRow;

/** What a sheet row is, judged from its cells alone: a 栏次 row, a body row, a note, a furniture line. */
final class RowKinds {

    static final Pattern UNIT = Pattern.compile("单位：?（?(?:人民币)?(万元|元)）?(?:（.*）)?$");
    static final Pattern DEPARTMENT = Pattern.compile(
            "^(?:部门|编制单位|单位名称|单位|部门名称|填报单位|预算单位|主管部门)：(.+)$");
    static final Pattern LABEL = Pattern.compile("^(?:公开|附表|表)[0-9一二三四五六七八九十]+(?:-[0-9]+)?表?$");
    static final Pattern YEAR_LINE = Pattern.compile("^20\\d{2}年度?$");
    private static final Pattern CODE = Pattern.compile("^\\d{3}(\\d{2}){0,2}$");
    private static final Pattern ORDINAL_LABEL = Pattern.compile("^[一二三四五六七八九十]+、.+");
    private static final Pattern NOTE = Pattern.compile("^(?:注|说明|备注|附注|填表说明)\\d*[：:]|^说明.*空表|^注\\d*[、.]");
    /** The signature line under a table: 单位负责人：… 财务负责人：… 制表人：… */
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(?:单位负责人|财务负责人|部门负责人|主管会计|会计主管|制表人|填表人|审核人|复核人|编制人|经办人|联系电话|"
                    + "报送日期|填报日期|制表日期|编制日期)[：:]");
    private static final Pattern TEXT_AMOUNT = Pattern.compile("^-?\\d+\\.\\d{1,2}$");
    private static final List<String> NO_DATA = List.of("无数据", "空表", "无此项", "无相关数据", "没有数据", "无发生数",
            "未发生", "无此类");
    private static final Set<String> TOTALS = Set.of("合计", "总计");

    private RowKinds() {
    }

    /** The 栏次 row: a cell reading 栏次, or nothing but the numbers 1, 2, 3 … */
    static boolean isColumnNumbers(SheetRow row) {
        if (row.isEmpty()) {
            return false;
        }
        int expected = 1;
        boolean onlyNumbers = true;
        for (GridCell cell : row.cells().values()) {
            String n = TextNormalizer.normalize(cell.text());
            if (n.equals("栏次")) {
                return true;
            }
            if (!n.equals(Integer.toString(expected++))) {
                onlyNumbers = false;
            }
        }
        return onlyNumbers && row.cells().size() >= 2;
    }

    /** A row that starts the body: figures, a 合计 line, a classification code or an ordinal line label. */
    static boolean isBody(SheetRow row) {
        if (row.isEmpty()) {
            return false;
        }
        if (row.anyNumeric() || row.cells().values().stream().anyMatch(c -> isTextAmount(c.text()))) {
            return true;
        }
        String first = TextNormalizer.normalize(row.cells().firstEntry().getValue().text());
        if (TOTALS.contains(first)) {
            // 合计 also heads header columns (T13); as a body row it has figures or nothing beside it.
            return row.cells().values().stream().skip(1).allMatch(c -> c.numeric() || isZeroMark(c.text()));
        }
        return CODE.matcher(first).matches() || ORDINAL_LABEL.matcher(first).matches();
    }

    /** A figure printed as text (PDF conversions): {@code 4,733.14}, {@code ４７３３．１４} — never a header word. */
    static boolean isTextAmount(String text) {
        String n = TextNormalizer.normalize(text).replace('．', '.').replace(",", "").replace("，", "");
        return TEXT_AMOUNT.matcher(n).matches();
    }

    private static boolean isZeroMark(String text) {
        return text.strip().matches("[-—－–]*");
    }

    /** A note under the body (注：…, 说明：…空表) or the signature line: the body has ended. */
    static boolean isNote(SheetRow row) {
        if (row.isEmpty()) {
            return false;
        }
        String first = TextNormalizer.normalize(row.cells().firstEntry().getValue().text());
        return NOTE.matcher(first).find() || SIGNATURE.matcher(first).find();
    }

    /** A note saying the table has no data: 故本表无数据, 本表为空表, 无此项支出 … */
    static boolean saysNoData(String line) {
        String n = TextNormalizer.normalize(line);
        return NO_DATA.stream().anyMatch(n::contains);
    }

    /** A page-furniture line (部门：…, 金额单位：…, 公开03表, 2023年度) repeated inside a body. */
    static boolean isFurniture(SheetRow row) {
        if (row.anyNumeric()) {
            return false;
        }
        for (GridCell cell : row.cells().values()) {
            if (cell.numeric()) {
                return false;
            }
            String n = TextNormalizer.normalize(cell.text());
            if (!(UNIT.matcher(n).find() || DEPARTMENT.matcher(n).matches() || LABEL.matcher(n).matches()
                    || YEAR_LINE.matcher(n).matches())) {
                return false;
            }
        }
        return !row.isEmpty();
    }
}
