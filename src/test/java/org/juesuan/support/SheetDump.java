package org.juesuan.support;

import java.nio.file.Path;

import org.juesuan.model.CellRef;
import org.juesuan.read.GridCell;
import org.juesuan.read.SheetGrid;
import org.juesuan.read.WorkbookReader;

/** Prints a workbook as the importer reads it (cells and merges), for looking at a layout by eye. */
public final class SheetDump {

    public static void main(String[] args) throws Exception {
        for (SheetGrid grid : new WorkbookReader().read(Path.of(args[0]))) {
            if (args.length > 1 && !grid.sheetName().equals(args[1])) {
                continue;
            }
            System.out.println("=== " + grid.sheetName() + " merges=" + grid.merges());
            for (int r = 0; r <= grid.lastRow(); r++) {
                StringBuilder line = new StringBuilder();
                for (var e : grid.row(r).entrySet()) {
                    GridCell c = e.getValue();
                    line.append(CellRef.a1(r, e.getKey())).append('=').append(c.numeric() ? "#" : "").append(c.text()).append("  ");
                }
                if (!line.isEmpty()) {
                    System.out.println(line);
                }
            }
        }
    }
}
