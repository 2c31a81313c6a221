package org.juesuan.bench;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** The yardstick: org.dhatim fastexcel-reader streaming every row of every sheet and taking each cell's text. */
final class FastexcelParse implements WorkbookParse {

    @Override
    public String name() {
        return "fastexcel";
    }

    @Override
    public Tally parse(Path workbook) throws Exception {
        long cells = 0;
        long characters = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(workbook.toFile())) {
            for (Iterator<Sheet> sheets = wb.getSheets().iterator(); sheets.hasNext(); ) {
                try (Stream<Row> rows = sheets.next().openStream()) {
                    for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                        for (Cell cell : it.next()) {
                            if (cell == null || cell.getType() == CellType.EMPTY) {
                                continue;
                            }
                            String text = cell.getText();
                            if (text != null && !text.isEmpty()) {
                                cells++;
                                characters += text.length();
                            }
                        }
                    }
                }
            }
        }
        return new Tally(cells, characters);
    }
}
