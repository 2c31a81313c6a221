package org.juesuan.layout;

/** Receives the tables a {@link TableScanner} finds, and each table's rows as they stream past. */
public interface TableSink {

    /** A table begins; its rows go to the returned sink, or are skipped (not even parsed) when it is null. */
    Rows begin(DetectedTable table);

    /** One table's rows. */
    interface Rows {
        void row(RawRow row);

        /** The table's body ended (a new title, or the end of the sheet). */
        void end(ExtractedTable table);
    }
}
