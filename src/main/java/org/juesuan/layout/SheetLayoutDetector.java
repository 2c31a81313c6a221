package org.juesuan.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.model.CellRef;
import org.juesuan.read.GridCell;
import org.juesuan.read.SheetGrid;
import org.springframework.stereotype.Component;

/**
 * Finds which of the thirteen tables a sheet holds (by title text, never by sheet name), reads
 * its furniture (department, unit, year) and binds its header columns by text.
 */
@Component
public class SheetLayoutDetector {

    /** Titles sit in the first rows; beyond them a title-like text is a note or a table of contents. */
    private static final int TITLE_SCAN_ROWS = 8;
    private static final int FURNITURE_ROWS = 4;
    private static final int MAX_HEADER_ROWS = 8;
    /** A title may carry a department/year prefix ("XX局2023年度收入支出决算总表") and a label suffix. */
    private static final int MAX_TITLE_DECORATION = 40;

    private static final Pattern UNIT = Pattern.compile("单位：?（?(万元|元)）?$");
    private static final Pattern DEPARTMENT = Pattern.compile("^(?:部门|编制单位|单位名称|单位|部门名称|填报单位|预算单位)：(.+)$");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    private static final Pattern LABEL = Pattern.compile("^(?:公开|附表|表)[0-9一二三四五六七八九十]+表?$");
    private static final Pattern CODE = Pattern.compile("^\\d{3}(\\d{2}){0,2}$");
    private static final Pattern ORDINAL_LABEL = Pattern.compile("^[一二三四五六七八九十]+、.+");
    private static final Set<String> CODE_PARTS = Set.of("类", "款", "项");

    private final TableLayouts layouts;

    public SheetLayoutDetector(TableLayouts layouts) {
        this.layouts = layouts;
    }

    /** The table on this sheet, or empty when the sheet holds none (a cover, a 说明 sheet). */
    public Optional<DetectedTable> detect(SheetGrid grid) throws LayoutException {
        for (int row = 0; row <= Math.min(grid.lastRow(), TITLE_SCAN_ROWS - 1); row++) {
            for (GridCell cell : grid.row(row).values()) {
                Optional<TableLayout> layout = titleOf(cell.text());
                if (layout.isPresent()) {
                    return Optional.of(detectFrom(grid, row, layout.get(), cell.text()));
                }
            }
        }
        return Optional.empty();
    }

    Optional<TableLayout> titleOf(String text) {
        String n = TextNormalizer.normalize(text);
        if (n.startsWith("注") || n.startsWith("说明") || ORDINAL_LABEL.matcher(n).matches()) {
            return Optional.empty();
        }
        for (TableLayout layout : layouts.longestTitleFirst()) {
            String title = layout.normalizedTitle();
            if (n.contains(title) && n.length() - title.length() <= MAX_TITLE_DECORATION) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    private DetectedTable detectFrom(SheetGrid grid, int titleRow, TableLayout layout, String titleText)
            throws LayoutException {
        String department = null;
        Unit unit = null;
        Integer year = yearIn(titleText);
        int furnitureEnd = titleRow;
        for (int row = titleRow; row <= titleRow + FURNITURE_ROWS && row <= grid.lastRow(); row++) {
            for (GridCell cell : grid.row(row).values()) {
                String n = TextNormalizer.normalize(cell.text());
                Matcher unitMatch = UNIT.matcher(n);
                Matcher deptMatch = DEPARTMENT.matcher(n);
                if (unitMatch.find()) {
                    unit = unitMatch.group(1).equals("万元") ? Unit.WAN_YUAN : Unit.YUAN;
                    furnitureEnd = row;
                } else if (deptMatch.matches()) {
                    department = cell.text().strip().replaceFirst("^[^：:]+[：:]\\s*", "").strip();
                    furnitureEnd = row;
                } else if (LABEL.matcher(n).matches()) {
                    furnitureEnd = row;
                }
                if (year == null) {
                    year = yearIn(n);
                }
            }
        }
        int headerFirst = furnitureEnd + 1;
        int bodyFirst = -1;
        int columnNumbersRow = -1;
        for (int row = headerFirst; row <= grid.lastRow() && row < headerFirst + MAX_HEADER_ROWS + 1; row++) {
            if (isColumnNumbersRow(grid, row)) {
                columnNumbersRow = row;
                bodyFirst = row + 1;
                break;
            }
            if (isBodyRow(grid, row) || isNoteRow(grid, row)) {
                bodyFirst = row;
                break;
            }
        }
        if (bodyFirst < 0) {
            bodyFirst = grid.lastRow() + 1;
        }
        if (bodyFirst - headerFirst > MAX_HEADER_ROWS) {
            throw new LayoutException(where(grid, titleRow, 0) + ": " + layout.title()
                    + " — no end of the header found (expected a 栏次 row or a first body row within "
                    + MAX_HEADER_ROWS + " rows of row " + (headerFirst + 1) + ")");
        }
        List<HeaderPath> paths = headerPaths(grid, headerFirst, bodyFirst, columnNumbersRow);
        HeaderBinding binding = new HeaderBinding(layouts, layout, paths, grid, headerFirst);
        List<BoundBlock> blocks = binding.bind();
        return new DetectedTable(layout, grid, titleRow, headerFirst, bodyFirst, department, unit, year,
                blocks, binding.unboundColumns());
    }

    private static Integer yearIn(String text) {
        Matcher m = YEAR.matcher(TextNormalizer.normalize(text));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private List<HeaderPath> headerPaths(SheetGrid grid, int first, int end, int skipRow) {
        int lastColumn = grid.lastColumn();
        List<HeaderPath> paths = new ArrayList<>();
        for (int column = 0; column <= lastColumn; column++) {
            List<String> elements = new ArrayList<>();
            for (int row = first; row < end; row++) {
                if (row == skipRow) {
                    continue;
                }
                String text = TextNormalizer.normalize(grid.mergedText(row, column));
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

    /** The 栏次 row: a cell reading 栏次, or nothing but the numbers 1, 2, 3 … */
    static boolean isColumnNumbersRow(SheetGrid grid, int row) {
        Map<Integer, GridCell> cells = grid.row(row);
        if (cells.isEmpty()) {
            return false;
        }
        int expected = 1;
        boolean onlyNumbers = true;
        for (GridCell cell : cells.values()) {
            String n = TextNormalizer.normalize(cell.text());
            if (n.equals("栏次")) {
                return true;
            }
            if (!n.equals(Integer.toString(expected++))) {
                onlyNumbers = false;
            }
        }
        return onlyNumbers && cells.size() >= 2;
    }

    private static boolean isBodyRow(SheetGrid grid, int row) {
        Map<Integer, GridCell> cells = grid.row(row);
        if (cells.isEmpty()) {
            return false;
        }
        if (cells.values().stream().anyMatch(GridCell::numeric)) {
            return true;
        }
        String first = TextNormalizer.normalize(cells.values().iterator().next().text());
        if (first.equals("合计") || first.equals("总计")) {
            // 合计 also heads header columns (T13); as a body row it has figures or nothing beside it.
            return cells.values().stream().skip(1).allMatch(c -> c.numeric() || isZeroMark(c.text()));
        }
        return CODE.matcher(first).matches() || ORDINAL_LABEL.matcher(first).matches();
    }

    private static boolean isZeroMark(String text) {
        return text.strip().matches("[-—－–]*");
    }

    static boolean isNoteRow(SheetGrid grid, int row) {
        Map<Integer, GridCell> cells = grid.row(row);
        if (cells.isEmpty()) {
            return false;
        }
        String first = TextNormalizer.normalize(cells.values().iterator().next().text());
        return first.startsWith("注：") || first.startsWith("说明：") || first.startsWith("备注：")
                || first.startsWith("注:") || first.startsWith("说明") && first.contains("空表");
    }

    static String where(SheetGrid grid, int row, int column) {
        return new CellRef(grid.fileName(), grid.sheetName(), CellRef.a1(row, column)).toString();
    }

    /** Binds one table's header paths to column keys, per the table's kind. */
    static final class HeaderBinding {
        private final TableLayouts layouts;
        private final TableLayout layout;
        private final List<HeaderPath> paths;
        private final SheetGrid grid;
        private final int headerRow;
        private final List<Integer> used = new ArrayList<>();

        HeaderBinding(TableLayouts layouts, TableLayout layout, List<HeaderPath> paths, SheetGrid grid, int headerRow) {
            this.layouts = layouts;
            this.layout = layout;
            this.paths = paths;
            this.grid = grid;
            this.headerRow = headerRow;
        }

        List<BoundBlock> bind() throws LayoutException {
            return switch (layout.kind()) {
                case FUNCTIONAL -> List.of(functional());
                case FIXED_LINES -> fixedLines();
                case ECONOMIC_GROUPS -> economicGroups();
                case SINGLE_ROW -> List.of(new BoundBlock(null, List.of(), -1,
                        bindColumns(layout.columns(), allColumns(), "final.total")));
            };
        }

        List<Integer> unboundColumns() {
            List<Integer> unbound = new ArrayList<>();
            for (int c = 0; c < paths.size(); c++) {
                if (!used.contains(c) && !paths.get(c).isEmpty() && !paths.get(c).contains("行次")) {
                    unbound.add(c);
                }
            }
            return unbound;
        }

        private BoundBlock functional() throws LayoutException {
            List<Integer> codeColumns = new ArrayList<>();
            for (int c = 0; c < paths.size(); c++) {
                if (CODE_PARTS.contains(paths.get(c).bottom())) {
                    codeColumns.add(c);
                }
            }
            if (codeColumns.isEmpty()) {
                firstColumn(p -> p.bottom().contains("编码") || p.bottom().contains("代码")).ifPresent(codeColumns::add);
            }
            if (codeColumns.isEmpty()) {
                throw missing("科目编码 (or 类/款/项) column");
            }
            used.addAll(codeColumns);
            int nameColumn = firstColumn(p -> p.bottom().contains("名称")).orElse(-1);
            if (nameColumn >= 0) {
                used.add(nameColumn);
            }
            Map<String, Integer> amounts = bindColumns(layout.columns(), allColumns(), firstKey(layout.columns()));
            if (layout.economicColumnsUnder() != null) {
                for (int c = 0; c < paths.size(); c++) {
                    HeaderPath path = paths.get(c);
                    if (used.contains(c) || !path.contains(layout.economicColumnsUnder())) {
                        continue;
                    }
                    String code = layouts.economicClassOfColumn(path.bottom());
                    if (code != null) {
                        amounts.put(layout.economicColumnPrefix() + code, c);
                        used.add(c);
                    }
                }
            }
            return new BoundBlock(null, codeColumns, nameColumn, amounts);
        }

        private List<BoundBlock> fixedLines() throws LayoutException {
            List<BoundBlock> blocks = new ArrayList<>();
            for (BlockLayout block : layout.blocks()) {
                List<Integer> columns = new ArrayList<>();
                for (int c = 0; c < paths.size(); c++) {
                    if (!paths.get(c).isEmpty() && paths.get(c).elements().get(0).startsWith(block.header())) {
                        columns.add(c);
                    }
                }
                if (columns.isEmpty()) {
                    throw missing("block headed " + block.header());
                }
                int labelColumn = columns.stream().filter(c -> paths.get(c).contains("项目")).findFirst()
                        .orElse(columns.get(0));
                used.add(labelColumn);
                blocks.add(new BoundBlock(block, List.of(), labelColumn,
                        bindColumns(block.columns(), columns, firstKey(block.columns()))));
            }
            return blocks;
        }

        private List<BoundBlock> economicGroups() throws LayoutException {
            List<BoundBlock> groups = new ArrayList<>();
            int c = 0;
            while (c < paths.size()) {
                String bottom = paths.get(c).bottom();
                if (!(bottom.contains("编码") || bottom.contains("代码") || bottom.equals("类"))) {
                    c++;
                    continue;
                }
                List<Integer> codeColumns = new ArrayList<>(List.of(c++));
                while (c < paths.size() && CODE_PARTS.contains(paths.get(c).bottom())) {
                    codeColumns.add(c++);
                }
                if (c + 1 >= paths.size() || !paths.get(c).bottom().contains("名称")) {
                    throw new LayoutException(where(grid, headerRow, c) + ": " + layout.title()
                            + " — expected 科目名称 and 决算数 columns after the 科目编码 column");
                }
                int nameColumn = c;
                int amountColumn = c + 1;
                used.addAll(codeColumns);
                used.add(nameColumn);
                used.add(amountColumn);
                groups.add(new BoundBlock(null, codeColumns, nameColumn, Map.of("amount", amountColumn)));
                c = amountColumn + 1;
            }
            if (groups.isEmpty()) {
                throw missing("科目编码 | 科目名称 | 决算数 column group");
            }
            return groups;
        }

        private Map<String, Integer> bindColumns(Map<String, List<ColumnMatcher>> specs, List<Integer> candidates,
                                                 String requiredKey) throws LayoutException {
            Map<String, Integer> bound = new LinkedHashMap<>();
            for (Map.Entry<String, List<ColumnMatcher>> spec : specs.entrySet()) {
                for (int c : candidates) {
                    if (used.contains(c)) {
                        continue;
                    }
                    HeaderPath path = paths.get(c);
                    if (spec.getValue().stream().anyMatch(m -> m.matches(path, layouts.genericHeaderWords()))) {
                        bound.put(spec.getKey(), c);
                        used.add(c);
                        break;
                    }
                }
            }
            if (requiredKey != null && !bound.containsKey(requiredKey)) {
                throw missing("column for '" + requiredKey + "'");
            }
            return bound;
        }

        private static String firstKey(Map<String, ?> specs) {
            return specs.keySet().iterator().next();
        }

        private List<Integer> allColumns() {
            List<Integer> all = new ArrayList<>();
            for (int c = 0; c < paths.size(); c++) {
                all.add(c);
            }
            return all;
        }

        private Optional<Integer> firstColumn(java.util.function.Predicate<HeaderPath> test) {
            for (int c = 0; c < paths.size(); c++) {
                if (!used.contains(c) && test.test(paths.get(c))) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        private LayoutException missing(String what) {
            List<String> seen = new ArrayList<>();
            for (int c = 0; c < paths.size(); c++) {
                if (!paths.get(c).isEmpty()) {
                    seen.add(CellRef.columnLetters(c) + "=" + String.join("/", paths.get(c).elements()));
                }
            }
            return new LayoutException(where(grid, headerRow, 0) + ": " + layout.code() + " " + layout.title()
                    + " — header has no " + what + "; header read as: " + String.join(", ", seen));
        }
    }
}
