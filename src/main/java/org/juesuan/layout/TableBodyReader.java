package org.juesuan.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.read.AmountParser;
import org.juesuan.read.GridCell;
import org.juesuan.read.SheetGrid;
import org.springframework.stereotype.Component;

/** Reads the body of a detected table into raw rows, block by block, until the notes under it. */
@Component
public class TableBodyReader {

    public ExtractedTable read(DetectedTable table, Unit unit) throws LayoutException {
        SheetGrid grid = table.grid();
        List<RawRow> rows = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        boolean inNotes = false;
        for (int row = table.bodyFirstRow(); row <= grid.lastRow(); row++) {
            NavigableMap<Integer, GridCell> cells = grid.row(row);
            if (cells.isEmpty()) {
                continue;
            }
            if (inNotes || SheetLayoutDetector.isNoteRow(grid, row)) {
                inNotes = true;
                // The 注：本表反映… footer is printed under every table; the 说明 lines under it are the note.
                String line = cells.firstEntry().getValue().text().strip();
                if (!line.startsWith("注")) {
                    note.append(note.length() > 0 ? "\n" : "").append(line);
                }
                continue;
            }
            if (SheetLayoutDetector.isColumnNumbersRow(grid, row)) {
                continue;
            }
            if (table.layout().kind() == TableKind.ECONOMIC_GROUPS && readTotalLines(table, row, unit, rows)) {
                continue;
            }
            for (int b = 0; b < table.blocks().size(); b++) {
                RawRow raw = readBlock(table, b, row, unit);
                if (raw != null) {
                    rows.add(raw);
                }
            }
            checkUnboundColumns(table, row, unit, findings);
        }
        return new ExtractedTable(table, rows, note.toString(), findings);
    }

    private RawRow readBlock(DetectedTable table, int blockIndex, int row, Unit unit) throws LayoutException {
        BoundBlock block = table.blocks().get(blockIndex);
        SheetGrid grid = table.grid();
        List<String> codeParts = new ArrayList<>();
        String label = block.labelColumn() >= 0 ? grid.text(row, block.labelColumn()) : "";
        int labelColumn = block.labelColumn();
        for (int c : block.codeColumns()) {
            String text = grid.text(row, c);
            if (!text.isEmpty() && !TextNormalizer.normalize(text).chars().allMatch(Character::isDigit)) {
                // 合计 printed across the code columns: it is the row's label, not a code.
                if (label.isEmpty()) {
                    label = text;
                    labelColumn = c;
                }
                text = "";
            }
            codeParts.add(text);
        }
        Map<String, Amount> amounts = new LinkedHashMap<>();
        boolean anyFigure = false;
        for (Map.Entry<String, Integer> column : block.amountColumns().entrySet()) {
            GridCell cell = grid.cell(row, column.getValue());
            anyFigure |= cell != null;
            amounts.put(column.getKey(), amount(table, cell, row, column.getValue(), unit));
        }
        boolean noCode = codeParts.stream().allMatch(String::isEmpty);
        if (noCode && label.isEmpty() && !anyFigure) {
            return null;
        }
        int refColumn = labelColumn >= 0 ? labelColumn
                : block.codeColumns().isEmpty() ? block.amountColumns().values().iterator().next()
                : block.codeColumns().get(0);
        return new RawRow(blockIndex, codeParts, label, amounts, ref(grid, row, refColumn), anyFigure);
    }

    /**
     * T08/T09 close with lines like 人员经费合计 [A:B] | amount | 公用经费合计 [D:H] | amount: a label
     * may span several groups, so its amount is the first figure to the right of the label's merge.
     */
    private boolean readTotalLines(DetectedTable table, int row, Unit unit, List<RawRow> rows) throws LayoutException {
        SheetGrid grid = table.grid();
        NavigableMap<Integer, GridCell> cells = grid.row(row);
        boolean any = false;
        for (Map.Entry<Integer, GridCell> entry : cells.entrySet()) {
            String key = table.layout().totalLines().get(TextNormalizer.label(entry.getValue().text()));
            if (key == null) {
                continue;
            }
            any = true;
            int end = grid.mergeEnd(row, entry.getKey());
            Map.Entry<Integer, GridCell> next = cells.higherEntry(end);
            boolean printed = next != null
                    && table.layout().totalLines().get(TextNormalizer.label(next.getValue().text())) == null;
            Amount amount = printed ? amount(table, next.getValue(), row, next.getKey(), unit)
                    : amount(table, null, row, end + 1, unit);
            rows.add(new RawRow(-1, List.of(), entry.getValue().text().strip(), Map.of("amount", amount),
                    ref(grid, row, entry.getKey()), printed));
        }
        return any;
    }

    private void checkUnboundColumns(DetectedTable table, int row, Unit unit, List<Finding> findings)
            throws LayoutException {
        for (int column : table.unboundColumns()) {
            GridCell cell = table.grid().cell(row, column);
            if (cell == null) {
                continue;
            }
            BigDecimal value;
            try {
                value = AmountParser.parse(cell);
            } catch (NumberFormatException e) {
                continue; // text in a column we do not read (e.g. a remark) is not a figure
            }
            if (value.signum() != 0) {
                CellRef at = ref(table.grid(), row, column);
                findings.add(new Finding("READ-UNKNOWN-COLUMN", Severity.ERROR, table.layout().code(),
                        "figure " + cell.text() + " stands in a column whose header is not one of "
                                + table.layout().code() + "'s columns; it is not loaded",
                        null, value, List.of(at)));
            }
        }
    }

    private static Amount amount(DetectedTable table, GridCell cell, int row, int column, Unit unit)
            throws LayoutException {
        CellRef at = ref(table.grid(), row, column);
        try {
            BigDecimal printed = AmountParser.parse(cell);
            return new Amount(printed, unit.toYuan(printed), at);
        } catch (NumberFormatException e) {
            throw new LayoutException(at + ": " + table.layout().code() + " " + table.layout().title()
                    + " — " + e.getMessage());
        }
    }

    private static CellRef ref(SheetGrid grid, int row, int column) {
        return new CellRef(grid.fileName(), grid.sheetName(), CellRef.a1(row, column));
    }
}
