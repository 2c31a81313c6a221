package org.juesuan.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.model.CellRef;
import org.juesuan.read.GridCell;
import org.juesuan.read.SheetGrid;
import org.juesuan.read.SheetRow;
import org.springframework.stereotype.Component;

/**
 * Decides which of the thirteen tables a title row opens (by title text, never by sheet name),
 * reads the lines under it (department, unit, year) and binds its header columns by text. It
 * works on the table's header area only; the body streams past it ({@link TableScanner}).
 */
@Component
public class SheetLayoutDetector {

    /**
     * Rows under the title that may carry the label, 部门 and 金额单位 lines. This and the limits below count rows
     * that carry something: blank rows (an empty table's template body) never count.
     */
    static final int FURNITURE_ROWS = 4;
    static final int MAX_HEADER_ROWS = 8;
    /** A title row holds the title and perhaps a label or year beside it, never figures. */
    private static final int MAX_TITLE_ROW_CELLS = 4;

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    private static final Pattern UNIT_IN_LINE = Pattern.compile("[（(]?(?:金额)?单位[：:]");

    private final TableLayouts layouts;
    private final RowKinds rowKinds;
    private final TitleMatcher titles;

    public SheetLayoutDetector(TableLayouts layouts) {
        this.layouts = layouts;
        this.rowKinds = new RowKinds(layouts.vocabulary());
        this.titles = new TitleMatcher(layouts, rowKinds);
    }

    RowKinds rowKinds() {
        return rowKinds;
    }

    /** The table whose title a cell text is, if it is one. */
    public Optional<TableLayout> titleOf(String text) {
        return titles.match(text).map(TitleMatcher.Match::layout);
    }

    /** The title cell of a row that opens a table, or null. */
    TitleCell titleIn(SheetRow row) {
        if (row.cells().size() > MAX_TITLE_ROW_CELLS || row.anyNumeric()) {
            return null;
        }
        for (var entry : row.cells().entrySet()) {
            Optional<TitleMatcher.Match> match = titles.match(entry.getValue().text());
            if (match.isPresent()) {
                return new TitleCell(row.index(), entry.getKey(), entry.getValue().text(), match.get());
            }
        }
        return null;
    }

    /** A title found: where, its text, and what it says. */
    record TitleCell(int row, int column, String text, TitleMatcher.Match match) {
    }

    /**
     * Whether a row below the furniture lines ends the header: a 栏次 row, the first body row, or a
     * note (a table printed empty).
     *
     * @param rowsUnderTitle how many rows that carry something stand between the title and this one, this one included
     */
    boolean endsHeader(SheetRow row, int rowsUnderTitle) {
        return rowsUnderTitle > FURNITURE_ROWS
                && (RowKinds.isColumnNumbers(row) || rowKinds.isBody(row) || rowKinds.isNote(row));
    }

    /** Rows the header area may span under the title before the body must have started. */
    static int maxAreaRows() {
        return FURNITURE_ROWS + MAX_HEADER_ROWS + 2;
    }

    /**
     * Reads the header area (title row to the first body row, as far as collected) of a table.
     * Empty when the title turns out not to open a table: no 部门/单位 line under it and no header
     * that binds — a table of contents entry or a heading in a 说明 sheet.
     */
    Optional<DetectedTable> detect(SheetGrid area, TitleCell title) throws LayoutException {
        TableLayout layout = title.match().layout();
        String department = null;
        Unit unit = null;
        Integer year = yearIn(title.text());
        int furnitureEnd = title.row();
        int lastFurnitureRow = area.rowAfter(title.row(), FURNITURE_ROWS);
        for (int row = title.row(); row <= lastFurnitureRow; row++) {
            for (GridCell cell : area.row(row).values()) {
                String n = TextNormalizer.normalize(cell.text());
                Matcher unitMatch = RowKinds.UNIT.matcher(n);
                if (unitMatch.find()) {
                    unit = unitMatch.group(1).equals("万元") ? Unit.WAN_YUAN : Unit.YUAN;
                    furnitureEnd = row;
                }
                if (rowKinds.department.matcher(n).matches()) {
                    String name = departmentIn(cell.text());
                    if (!name.isEmpty() && !RowKinds.UNIT.matcher(TextNormalizer.normalize(cell.text())).lookingAt()) {
                        department = name;
                    }
                    furnitureEnd = row;
                } else if (rowKinds.tableNumber.matcher(n).matches() || RowKinds.YEAR_LINE.matcher(n).matches()) {
                    furnitureEnd = row;
                }
                if (year == null) {
                    year = yearIn(n);
                }
            }
        }
        boolean furniture = department != null || unit != null;
        if (department == null) {
            department = title.match().departmentFromPrefix();
        }
        int headerFirst = furnitureEnd + 1;
        int bodyFirst = -1;
        boolean columnNumbers = false;
        for (int row = headerFirst; row <= area.lastRow(); row++) {
            SheetRow cells = area.sheetRow(row);
            if (cells == null) {
                continue;
            }
            if (RowKinds.isColumnNumbers(cells)) {
                columnNumbers = true;
                bodyFirst = row + 1;
                break;
            }
            if (rowKinds.isBody(cells) || rowKinds.isNote(cells)) {
                bodyFirst = row;
                break;
            }
        }
        boolean headerEnded = bodyFirst >= 0;
        if (!headerEnded) {
            bodyFirst = area.lastRow() + 1;
        }
        int headerEnd = columnNumbers ? bodyFirst - 1 : bodyFirst;
        CellRef headerCell = ref(area, headerFirst, 0);
        if (area.rowsBetween(headerFirst, headerEnd) > MAX_HEADER_ROWS) {
            if (!furniture) {
                return Optional.empty();
            }
            throw new LayoutException(ref(area, title.row(), title.column()) + ": " + layout.code() + " "
                    + layout.title() + " — expected a 栏次 row or the first body row (合计, a code, a figure) within "
                    + MAX_HEADER_ROWS + " rows of row " + (headerFirst + 1) + ", found none");
        }
        List<HeaderPath> paths = headerPaths(area, headerFirst, headerEnd);
        HeaderBinding binding = new HeaderBinding(layouts.vocabulary(), layouts, layout, paths, headerCell);
        List<BoundBlock> blocks;
        try {
            blocks = binding.bind();
        } catch (LayoutException e) {
            if (!furniture) {
                return Optional.empty(); // a title mentioned in a contents or 说明 sheet
            }
            throw e;
        }
        return Optional.of(new DetectedTable(layout, area, title.row(), title.column(), headerFirst, bodyFirst, department, unit,
                year, blocks, binding.readColumns(), binding.notFactColumns()));
    }

    /** "部门：XX局　　金额单位：万元" (one cell in PDF conversions) → "XX局". */
    private static String departmentIn(String text) {
        String name = text.strip().replaceFirst("^[^：:]+[：:]\\s*", "");
        Matcher unit = UNIT_IN_LINE.matcher(name);
        if (unit.find()) {
            name = name.substring(0, unit.start());
        }
        return name.strip().replaceAll("[\\s\\u3000]+$", "");
    }

    private static Integer yearIn(String text) {
        Matcher m = YEAR.matcher(TextNormalizer.normalize(text));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static List<HeaderPath> headerPaths(SheetGrid area, int first, int end) {
        int lastColumn = -1;
        for (int row = first; row < end; row++) {
            if (!area.row(row).isEmpty()) {
                lastColumn = Math.max(lastColumn, area.row(row).lastKey());
            }
        }
        List<HeaderPath> paths = new ArrayList<>();
        for (int column = 0; column <= lastColumn; column++) {
            List<String> elements = new ArrayList<>();
            for (int row = first; row < end; row++) {
                String text = TextNormalizer.normalize(area.mergedText(row, column));
                if (text.isEmpty() || text.chars().allMatch(Character::isDigit)
                        || (!elements.isEmpty() && elements.get(elements.size() - 1).equals(text))) {
                    continue;
                }
                elements.add(text);
            }
            paths.add(new HeaderPath(elements));
        }
        return paths;
    }

    static CellRef ref(SheetGrid grid, int row, int column) {
        return new CellRef(grid.fileName(), grid.sheetName(), CellRef.a1(row, column));
    }
}
