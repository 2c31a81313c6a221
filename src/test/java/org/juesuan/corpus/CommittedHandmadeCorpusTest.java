package org.juesuan.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.juesuan.read.SheetGrid;
import org.juesuan.read.WorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-made workbooks in {@code corpus/handmade} read exactly as {@link HandmadeCorpus} writes them today. */
class CommittedHandmadeCorpusTest {

    private static final Path FOLDER = Path.of("corpus/handmade");

    @Test
    void committedHandmadeWorkbooksMatchTheirBuilder(@TempDir Path fresh) throws Exception {
        HandmadeCorpus.writeAll(fresh);
        List<String> written;
        try (Stream<Path> files = Files.list(fresh)) {
            written = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(written).hasSizeGreaterThanOrEqualTo(15);
        WorkbookReader reader = new WorkbookReader();
        for (String name : written) {
            assertThat(content(reader, FOLDER.resolve(name))).as(name + " (regenerate: HandmadeCorpus corpus/handmade)")
                    .isEqualTo(content(reader, fresh.resolve(name)));
        }
    }

    private static List<String> content(WorkbookReader reader, Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        for (SheetGrid grid : reader.read(file)) {
            lines.add("sheet " + grid.sheetName() + " " + grid.merges());
            for (int r = grid.firstRow(); r >= 0 && r <= grid.lastRow(); r++) {
                if (!grid.row(r).isEmpty()) {
                    lines.add(r + " " + grid.row(r));
                }
            }
        }
        return lines;
    }
}
