package org.juesuan.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/** The column decoded by hand from a sheet XML cell reference is POI's, over every column Excel has. */
class CellColumnTest {

    @Test
    void everyColumnOfAnExcelSheetDecodesAsPoiDecodesIt() {
        for (int column = 0; column < 16_384; column++) {
            String letters = CellReference.convertNumToColString(column);
            for (String ref : new String[] {letters + "1", letters + "1048576", letters.toLowerCase() + "7"}) {
                assertThat(XlsxWorkbookReader.column(ref)).as(ref).isEqualTo(new CellReference(ref).getCol())
                        .isEqualTo(column);
            }
        }
        assertThat(XlsxWorkbookReader.column("XFD1")).isEqualTo(16_383);
        assertThat(XlsxWorkbookReader.column("$B$3")).isEqualTo(1); // unusual: POI's reading
    }
}
