package org.juesuan.bench;

import java.nio.file.Path;
import java.util.Map;

import org.juesuan.read.GridCell;
import org.juesuan.read.SheetGrid;
import org.juesuan.read.WorkbookReader;

/** Our reading layer alone: {@link WorkbookReader} reads every sheet; no layout detection, no mapping. */
final class OurReaderParse implements WorkbookParse {

    private final WorkbookReader reader = new WorkbookReader();

    @Override
    public String name() {
        return "ours";
    }

    @Override
    public Tally parse(Path workbook) throws Exception {
        long cells = 0;
        long characters = 0;
        for (SheetGrid grid : reader.read(workbook)) {
            for (int r = 0; r <= grid.lastRow(); r++) {
                for (Map.Entry<Integer, GridCell> cell : grid.row(r).entrySet()) {
                    cells++;
                    characters += cell.getValue().text().length();
                }
            }
        }
        return new Tally(cells, characters);
    }
}
