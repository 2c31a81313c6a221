package org.juesuan.web.season;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.juesuan.model.CellRef;

/**
 * Reads windows of the stored workbook(s) back for the audit page. Each file is opened once per page (kept until
 * {@link #close}); a file or sheet that cannot be opened gives no window — the finding still names its cells.
 */
public final class SheetWindows implements AutoCloseable {

    private static final int ROWS_AROUND = 2;
    private static final int COLUMNS_AROUND = 3;

    private final Path source;
    private final Map<String, Workbook> open = new HashMap<>();
    private final DataFormatter text = new DataFormatter();

    /** @param source the submission's workbook, or the folder of its per-table files */
    public SheetWindows(Path source) {
        this.source = source;
    }

    /** The window around the finding's first cell, marking every cell of {@code marked} inside it; null if unreadable. */
    public CellWindow around(List<CellRef> marked) {
        if (marked.isEmpty()) {
            return null;
        }
        CellRef first = marked.get(0);
        Workbook workbook = workbook(first.file());
        Sheet sheet = workbook == null ? null : workbook.getSheet(first.sheet());
        if (sheet == null) {
            return null;
        }
        Set<String> hits = marked.stream().filter(c -> c.file().equals(first.file()) && c.sheet().equals(first.sheet()))
                .map(CellRef::cell).collect(Collectors.toSet());
        CellReference at = new CellReference(first.cell());
        int top = Math.max(0, at.getRow() - ROWS_AROUND);
        int left = Math.max(0, at.getCol() - COLUMNS_AROUND);
        int right = at.getCol() + COLUMNS_AROUND;
        List<String> columns = new ArrayList<>();
        for (int c = left; c <= right; c++) {
            columns.add(CellRef.columnLetters(c));
        }
        List<CellWindow.Row> rows = new ArrayList<>();
        for (int r = top; r <= at.getRow() + ROWS_AROUND; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            List<CellWindow.Value> values = new ArrayList<>();
            for (int c = left; c <= right; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                values.add(new CellWindow.Value(cell == null ? "" : text.formatCellValue(cell),
                        hits.contains(CellRef.a1(r, c))));
            }
            rows.add(new CellWindow.Row(r + 1, values));
        }
        return new CellWindow(first.file(), first.sheet(), first.cell(), columns, rows);
    }

    private Workbook workbook(String fileName) {
        return open.computeIfAbsent(fileName, name -> {
            Path file = Files.isDirectory(source) ? source.resolve(name) : source;
            if (!Files.isRegularFile(file) || !file.getFileName().toString().equals(name)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return WorkbookFactory.create(in);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
    }

    @Override
    public void close() {
        for (Workbook w : open.values()) {
            try {
                if (w != null) {
                    w.close();
                }
            } catch (IOException e) {
                // read-only: nothing to lose
            }
        }
    }
}
