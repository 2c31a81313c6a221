package org.juesuan.bench;

import java.nio.file.Path;

/** One way of reading every cell of a workbook; returns what it read, so nothing can be optimised away. */
interface WorkbookParse {

    /** What a parse saw: non-empty cells and the total length of their text. */
    record Tally(long cells, long characters) {
        Tally plus(Tally other) {
            return new Tally(cells + other.cells, characters + other.characters);
        }
    }

    String name();

    Tally parse(Path workbook) throws Exception;
}
