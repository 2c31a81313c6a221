package org.juesuan.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.Messages;
import org.juesuan.read.AmountParser;
import org.juesuan.read.GridCell;
import org.juesuan.read.MergedRegions;
import org.juesuan.read.SheetGrid;
import org.juesuan.read.SheetRow;

/**
 * Reads one detected table's body, one sheet row at a time, into raw rows (one per block the row
 * prints), until the notes under it. Rows that only repeat the header or the page furniture (a
 * table printed over several pages) are passed over.
 */
final class TableBodyReader {

    private final DetectedTable table;
    private final Unit unit;
    private final MergedRegions merges;
    private final int maxBodyRows;
    private final RowKinds rowKinds;
    private final Map<Integer, Set<String>> headerTexts = new HashMap<>();
    private final Map<Integer, String> headerLabels = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final StringBuilder note = new StringBuilder();
    private boolean inNotes;
    private long bodyRows;

    /**
     * @param unit the table's printed unit; a table that prints none is read as 元 here and rescaled
     *             once the submission's unit is known (see {@code MappedTable#inUnit})
     */
    TableBodyReader(DetectedTable table, Unit unit, MergedRegions merges, int maxBodyRows, RowKinds rowKinds) {
        this.table = table;
        this.rowKinds = rowKinds;
        this.unit = unit;
        this.merges = merges;
        this.maxBodyRows = maxBodyRows;
        SheetGrid header = table.grid();
        int headerEnd = Math.min(table.bodyFirstRow(), header.lastRow() + 1);
        for (int row = table.headerFirstRow(); row < headerEnd; row++) {
            for (int column : header.row(row).keySet()) {
                headerTexts.computeIfAbsent(column, c -> new HashSet<>())
                        .add(TextNormalizer.normalize(header.text(row, column)));
            }
        }
        for (BoundBlock block : table.blocks()) {
            for (int column : block.amountColumns().values()) {
                headerLabels.put(column, headerOf(column));
            }
        }
    }

    /** The header texts above a column, top to bottom ("" when it has none). */
    private String headerOf(int column) {
        SheetGrid header = table.grid();
        List<String> path = new ArrayList<>();
        for (int row = table.headerFirstRow(); row < Math.min(table.bodyFirstRow(), header.lastRow() + 1); row++) {
            String text = TextNormalizer.normalize(header.mergedText(row, column));
            if (!text.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(text))
                    && !text.chars().allMatch(Character::isDigit)) {
                path.add(text);
            }
        }
        return String.join("/", path);
    }

    /** Reads one body row; the raw rows it prints go to {@code out}. */
    void read(SheetRow row, Consumer<RawRow> out) throws LayoutException {
        if (inNotes || rowKinds.isNote(row)) {
            inNotes = true;
            // The 注：本表反映… footer is printed under every table; the 说明 lines under it are the note, and so is
            // a 注 line saying the table has no data (注：本单位无政府性基金预算财政拨款支出，故本表无数据。).
            String line = row.cells().firstEntry().getValue().text().strip();
            if (!rowKinds.isFootnote(line) || rowKinds.saysNoData(line)) {
                note.append(note.length() > 0 ? "\n" : "").append(line);
            }
            return;
        }
        if (RowKinds.isColumnNumbers(row) || rowKinds.isFurniture(row) || repeatsHeader(row)) {
            return;
        }
        if (++bodyRows > maxBodyRows) {
            throw new LayoutException(Messages.text("refusal.too-many-rows", ref(row.index(), 0),
                    Messages.table(table.layout().code()), String.format("%,d", maxBodyRows)));
        }
        if (table.layout().kind() == TableKind.ECONOMIC_GROUPS && onlyAmountColumns() && readTotalLines(row, out)) {
            return;
        }
        for (int b = 0; b < table.blocks().size(); b++) {
            RawRow raw = readBlock(b, row);
            if (raw != null) {
                out.accept(raw);
            }
        }
        checkUnboundColumns(row);
    }

    ExtractedTable finish() {
        if (!table.notFactColumns().isEmpty()) {
            findings.add(Finding.of("READ-NOT-FACT-COLUMNS", table.layout().code(), List.of(table.titleCell()),
                    Messages.table(table.layout().code()), String.join("，", table.notFactColumns())));
        }
        return new ExtractedTable(table, note.toString(), List.copyOf(findings), bodyRows);
    }

    /** Header rows repeated in the body (print titles copied into the cells): every text as in the header above. */
    private boolean repeatsHeader(SheetRow row) {
        if (row.anyNumeric()) {
            return false;
        }
        for (Map.Entry<Integer, GridCell> cell : row.cells().entrySet()) {
            Set<String> texts = headerTexts.get(cell.getKey());
            if (texts == null || !texts.contains(TextNormalizer.normalize(cell.getValue().text()))) {
                return false;
            }
        }
        return true;
    }

    private RawRow readBlock(int blockIndex, SheetRow row) throws LayoutException {
        BoundBlock block = table.blocks().get(blockIndex);
        List<String> codeParts = new ArrayList<>();
        String label = block.labelColumn() >= 0 ? row.text(block.labelColumn()) : "";
        int labelColumn = block.labelColumn();
        for (int c : block.codeColumns()) {
            String text = TextNormalizer.normalize(row.text(c));
            CodeInName joined = text.isEmpty() || text.chars().allMatch(Character::isDigit) ? null
                    : CodeInName.split(row.text(c));
            if (joined != null) {
                // 2010101 行政运行 in one cell: the code, and the name where no name column prints one
                text = joined.code();
                if (label.isEmpty() || labelColumn == c) {
                    label = joined.name();
                    labelColumn = c;
                }
            } else if (!text.isEmpty() && !text.chars().allMatch(Character::isDigit)) {
                // 合计 printed across the code columns: it is the row's label, not a code.
                if (label.isEmpty()) {
                    label = row.text(c);
                    labelColumn = c;
                }
                text = "";
            }
            codeParts.add(text);
        }
        Map<String, Amount> amounts = new LinkedHashMap<>();
        boolean anyFigure = false;
        for (Map.Entry<String, Integer> column : block.amountColumns().entrySet()) {
            GridCell cell = row.cell(column.getValue());
            anyFigure |= cell != null;
            amounts.put(column.getKey(), amount(cell, row.index(), column.getValue()));
        }
        boolean noCode = codeParts.stream().allMatch(String::isEmpty);
        if (noCode && label.isEmpty() && !anyFigure) {
            return null;
        }
        int refColumn = labelColumn >= 0 ? labelColumn
                : block.codeColumns().isEmpty() ? block.amountColumns().values().iterator().next()
                : block.codeColumns().get(0);
        return new RawRow(blockIndex, codeParts, label, amounts, ref(row.index(), refColumn), anyFigure);
    }

    /** Every group has one 决算数 column (T08/T09 as usual; not T09 by 功能分类 rows with 合计 | 基本 | 项目). */
    private boolean onlyAmountColumns() {
        return table.blocks().stream().allMatch(b -> b.amountColumns().keySet().equals(Set.of("amount")));
    }

    /**
     * T08/T09 close with lines like 人员经费合计 [A:B] | amount | 公用经费合计 [D:H] | amount: a label
     * may span several groups, so its amount is in the first 决算数 column to the right of the label's merge.
     */
    private boolean readTotalLines(SheetRow row, Consumer<RawRow> out) throws LayoutException {
        NavigableMap<Integer, GridCell> cells = row.cells();
        NavigableSet<Integer> amountColumns = new TreeSet<>();
        table.blocks().forEach(b -> amountColumns.addAll(b.amountColumns().values()));
        boolean any = false;
        for (Map.Entry<Integer, GridCell> entry : cells.entrySet()) {
            String key = table.layout().totalLines().get(TextNormalizer.label(entry.getValue().text()));
            if (key == null) {
                continue;
            }
            any = true;
            MergedRegions.Merge merge = merges.covering(row.index(), entry.getKey());
            int end = merge == null ? entry.getKey() : merge.lastColumn();
            // the group's 决算数 column, past columns of last year's figures or changes (上年决算数 | 增减额)
            Integer column = amountColumns.higher(end);
            GridCell cell = column == null ? null : cells.get(column);
            boolean printed = cell != null && cells.subMap(end, false, column, true).values().stream()
                    .noneMatch(c -> table.layout().totalLines().containsKey(TextNormalizer.label(c.text())));
            Amount amount = printed ? amount(cell, row.index(), column)
                    : amount(null, row.index(), column == null ? end + 1 : column);
            out.accept(new RawRow(-1, List.of(), entry.getValue().text().strip(), Map.of("amount", amount),
                    ref(row.index(), entry.getKey()), printed));
        }
        return any;
    }

    private void checkUnboundColumns(SheetRow row) {
        for (Map.Entry<Integer, GridCell> entry : row.cells().entrySet()) {
            int column = entry.getKey();
            GridCell cell = entry.getValue();
            if (table.readColumns().contains(column)) {
                continue;
            }
            BigDecimal value;
            try {
                value = AmountParser.parse(cell);
            } catch (NumberFormatException e) {
                continue; // text in a column we do not read (e.g. a remark) is not a figure
            }
            if (value.signum() != 0) {
                findings.add(Finding.of("READ-UNKNOWN-COLUMN", table.layout().code(), List.of(ref(row.index(), column)),
                        cell.text(), describeUnread(column)).withAmounts(null, unit.toYuan(value)));
            }
        }
    }

    private String describeUnread(int column) {
        String header = headerOf(column);
        return header.isEmpty() ? Messages.text("finding.READ-UNKNOWN-COLUMN.no-header")
                : Messages.text("finding.READ-UNKNOWN-COLUMN.header", header);
    }

    private Amount amount(GridCell cell, int row, int column) throws LayoutException {
        CellRef at = ref(row, column);
        try {
            BigDecimal printed = AmountParser.parse(withoutTableUnit(cell));
            return new Amount(printed, unit.toYuan(printed), at);
        } catch (NumberFormatException e) {
            String header = headerLabels.getOrDefault(column, "");
            throw new LayoutException(Messages.text("refusal.amount", at, Messages.table(table.layout().code()),
                    e.getMessage(), header.isEmpty() ? "" : Messages.text("refusal.amount.column", header)));
        }
    }

    /**
     * {@code 100.25万元} typed into a table printed in 万元 says what the table says: the figure is read. A unit
     * other than the table's ({@code 100.25元} in a 万元 table) is left in place and refused.
     */
    private GridCell withoutTableUnit(GridCell cell) {
        if (cell == null || cell.numeric() || table.unit() == null) {
            return cell;
        }
        String text = cell.text().strip();
        String label = table.unit().label();
        if (text.length() <= label.length() || !text.endsWith(label) || table.unit() == Unit.YUAN && text.endsWith(Unit.WAN_YUAN.label())) {
            return cell;
        }
        return new GridCell(text.substring(0, text.length() - label.length()), false);
    }

    private CellRef ref(int row, int column) {
        return new CellRef(table.grid().fileName(), table.grid().sheetName(), CellRef.a1(row, column));
    }
}
