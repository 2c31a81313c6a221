package org.juesuan.read;

import java.io.Closeable;

/** An open workbook whose sheets are read one after the other; close it when done. */
public interface WorkbookRows extends Closeable {

    /** The next sheet, or null after the last; the previous sheet's rows are no longer readable. */
    SheetRows nextSheet() throws UnreadableWorkbookException;

    @Override
    void close();
}
