package org.juesuan.layout;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.juesuan.read.GridCell;
import org.juesuan.read.SheetRow;

/**
 * What a sheet row is, judged from its cells alone: a 栏次 row, a body row, a note, a furniture line. The words
 * come from the layouts file ({@link PageVocabulary}); the grammar around them (a label, then ：) is here.
 */
final class RowKinds {

    static final Pattern UNIT = Pattern.compile("单位：?（?(?:人民币)?(万元|元)）?(?:（.*）)?$");
    static final Pattern YEAR_LINE = Pattern.compile("^20\\d{2}年度?$");
    private static final Pattern CODE = Pattern.compile("^\\d{3}(\\d{2}){0,2}$");
    private static final Pattern ORDINAL_LABEL = Pattern.compile("^[一二三四五六七八九十]+、.+");
    private static final Pattern TEXT_AMOUNT = Pattern.compile("^-?\\d+\\.\\d{1,4}$");

    private final PageVocabulary words;
    final Pattern department;
    final Pattern tableNumber;
    private final Pattern note;
    private final Pattern signature;
    private final Pattern continued;

    RowKinds(PageVocabulary words) {
        this.words = words;
        department = Pattern.compile("^(?:" + alternatives(words.departmentLabels()) + ")：(.+)$");
        tableNumber = Pattern.compile("^(?:" + alternatives(words.tableNumberWords())
                + ")[0-9一二三四五六七八九十]+(?:-[0-9]+)?表?$");
        String notes = alternatives(words.noteLabels());
        note = Pattern.compile("^(?:" + notes + ")\\d*[：:]|^(?:" + notes + ")\\d*[、.]");
        signature = Pattern.compile("^(?:" + alternatives(words.signatureLabels()) + ")[：:]");
        continued = Pattern.compile("（(?:" + alternatives(words.continuedMarks()) + ")）$|^(?:"
                + alternatives(words.continuedMarks()) + ")$");
    }

    private static String alternatives(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
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
    boolean isBody(SheetRow row) {
        if (row.isEmpty()) {
            return false;
        }
        if (row.anyNumeric() || row.cells().values().stream().anyMatch(c -> isTextAmount(c.text()))) {
            return true;
        }
        String first = TextNormalizer.normalize(row.cells().firstEntry().getValue().text());
        if (words.totalLabels().contains(first)) {
            // 合计 also heads header columns (T13); as a body row it has figures or nothing beside it.
            return row.cells().values().stream().skip(1).allMatch(c -> c.numeric() || isZeroMark(c.text()));
        }
        return CODE.matcher(first).matches() || ORDINAL_LABEL.matcher(first).matches()
                || CodeInName.split(first) != null;
    }

    /**
     * A figure printed as text (PDF conversions): {@code 4,733.14}, {@code ４７３３．１４}, {@code (12.50)},
     * {@code －12.50} — never a header word.
     */
    static boolean isTextAmount(String text) {
        String n = TextNormalizer.normalize(text).replace('．', '.').replace(",", "").replace("，", "")
                .replace('－', '-').replace('−', '-');
        if (n.length() > 2 && n.startsWith("（") && n.endsWith("）")) {
            n = "-" + n.substring(1, n.length() - 1);
        }
        return TEXT_AMOUNT.matcher(n).matches();
    }

    private static boolean isZeroMark(String text) {
        return text.strip().matches("[-—－–]*");
    }

    /** A note under the body (注：…, 说明：…) or the signature line: the body has ended. */
    boolean isNote(SheetRow row) {
        if (row.isEmpty()) {
            return false;
        }
        String first = TextNormalizer.normalize(row.cells().firstEntry().getValue().text());
        return note.matcher(first).find() || signature.matcher(first).find()
                || startsAsNote(first) && saysNoData(first);
    }

    /** Whether a note line is the 注 footer every table prints (its first note label), not a 说明 of its own. */
    boolean isFootnote(String line) {
        return TextNormalizer.normalize(line).startsWith(words.noteLabels().get(0));
    }

    /** A note saying the table has no data: 故本表无数据, 本表为空表, 无此项支出 … */
    boolean saysNoData(String line) {
        String n = TextNormalizer.normalize(line);
        return words.noDataWords().stream().anyMatch(n::contains);
    }

    /**
     * A page-furniture line repeated inside a body: 部门：…, 金额单位：…, 公开03表, 2023年度, or the title again
     * marked （续）/（续表） for the next printed page.
     */
    boolean isFurniture(SheetRow row) {
        if (row.anyNumeric()) {
            return false;
        }
        for (GridCell cell : row.cells().values()) {
            if (cell.numeric()) {
                return false;
            }
            String n = TextNormalizer.normalize(cell.text());
            if (!(UNIT.matcher(n).find() || department.matcher(n).matches() || tableNumber.matcher(n).matches()
                    || YEAR_LINE.matcher(n).matches() || continued.matcher(n).find())) {
                return false;
            }
        }
        return !row.isEmpty();
    }

    /** Whether a line opens with a note label (注/说明 …): such a line is never a title. */
    boolean startsAsNote(String normalized) {
        return words.noteLabels().stream().anyMatch(normalized::startsWith);
    }
}
