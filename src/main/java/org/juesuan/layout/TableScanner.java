package org.juesuan.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.juesuan.read.SheetGrid;
import org.juesuan.read.SheetRow;
import org.juesuan.read.SheetRows;
import org.juesuan.read.UnreadableWorkbookException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Walks one sheet row by row and hands every table on it to a sink: a title row opens a table
 * (tables may be stacked one under the other), the rows under it up to the first body row are
 * kept as its header area, and the body streams through a {@link TableBodyReader} until the next
 * title or the end of the sheet. Memory is one header area and one row, whatever the sheet's size.
 */
@Component
public class TableScanner {

    /**
     * The most body rows one table may have. A county department's widest table has a few hundred rows and a
     * consolidated one lists every 项 it spends on (a few thousand); keyed rows are stored compactly
     * ({@code mapping.KeyedRows}, ≈ 50 bytes a row), so a table of a million rows imports in a 256 MB heap
     * (README, "Large sheets"). Beyond this a sheet is not a 决算 table, and it is refused naming the row.
     */
    public static final int MAX_BODY_ROWS = 2_000_000;

    private final SheetLayoutDetector detector;
    private final int maxBodyRows;

    @Autowired
    public TableScanner(SheetLayoutDetector detector) {
        this(detector, MAX_BODY_ROWS);
    }

    /** @param maxBodyRows body rows a table may have before it is refused (see {@link #MAX_BODY_ROWS}) */
    public TableScanner(SheetLayoutDetector detector, int maxBodyRows) {
        this.detector = detector;
        this.maxBodyRows = maxBodyRows;
    }

    public void scan(SheetRows sheet, TableSink sink) throws LayoutException, UnreadableWorkbookException {
        SheetRow row = sheet.nextRow();
        while (row != null) {
            SheetLayoutDetector.TitleCell title = detector.titleIn(row);
            if (title == null) {
                row = sheet.nextRow(); // a cover, a contents line, prose: not part of a table
                continue;
            }
            SheetGrid area = new SheetGrid(sheet.fileName(), sheet.sheetName(), sheet.merges()).add(row);
            List<SheetRow> collected = new ArrayList<>();
            row = sheet.nextRow();
            while (row != null && detector.titleIn(row) == null) {
                area.add(row);
                collected.add(row);
                boolean ended = detector.endsHeader(row, collected.size());
                row = sheet.nextRow();
                if (ended || collected.size() >= SheetLayoutDetector.maxAreaRows()) { // blank rows are never handed out
                    break;
                }
            }
            Optional<DetectedTable> found = detector.detect(area, title);
            if (found.isEmpty()) {
                continue; // not a table after all (a contents entry); collection stopped before any other title
            }
            row = readBody(found.get(), collected, row, sheet, sink);
        }
    }

    /** Streams the body; returns the row that ended it (a new title) or null at the end of the sheet. */
    private SheetRow readBody(DetectedTable table, List<SheetRow> collected, SheetRow next, SheetRows sheet,
                              TableSink sink) throws LayoutException, UnreadableWorkbookException {
        TableSink.Rows rows = sink.begin(table);
        TableBodyReader body = rows == null ? null
                : new TableBodyReader(table, table.unit() != null ? table.unit() : Unit.YUAN, sheet.merges(), maxBodyRows,
                        detector.rowKinds());
        for (SheetRow row : collected) {
            if (row.index() >= table.bodyFirstRow() && body != null) {
                body.read(row, rows::row);
            }
        }
        SheetRow row = next;
        while (row != null && detector.titleIn(row) == null) {
            if (body != null) {
                body.read(row, rows::row);
            }
            row = sheet.nextRow();
        }
        if (body != null) {
            rows.end(body.finish());
        }
        return row;
    }
}
