package org.juesuan.samples;

/**
 * How a DepartmentAccounts is put on paper: the variants real submissions show (docs/tables.md §2, §5).
 *
 * @param codeStyle      how functional codes are printed
 * @param fileFormat     xlsx (XSSF) or BIFF xls (HSSF, what 久其 exports)
 * @param packaging      one workbook with 13 sheets, or a folder with one workbook per table
 * @param sheetNaming    what the sheets are called
 * @param sheetOrder     natural T01…T13, or shuffled (so a reader cannot rely on position)
 * @param zeroStyle      how a zero amount is printed, the same way throughout the workbook
 * @param shuffleSeed    the fixed seed of the shuffle, so output stays deterministic
 */
public record SampleOptions(CodeStyle codeStyle, FileFormat fileFormat, Packaging packaging, SheetNaming sheetNaming,
                            SheetOrder sheetOrder, ZeroStyle zeroStyle, long shuffleSeed) {

    /** Functional codes: one cell, or 类/款/项 cells. */
    public enum CodeStyle {
        /** One text cell {@code 2060101}, merged over the three code columns. */
        JOINED,
        /** Three text cells {@code 206 | 01 | 01}. */
        SPLIT_TEXT,
        /** Three numeric cells that lose leading zeros {@code 206 | 1 | 1}; economic codes become numbers too. */
        SPLIT_NUMERIC
    }

    public enum FileFormat {
        XLSX(".xlsx"), XLS(".xls");

        private final String extension;

        FileFormat(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    public enum Packaging { ONE_WORKBOOK, FILE_PER_TABLE }

    public enum SheetNaming {
        /** The table title, e.g. {@code 收入支出决算总表}. */
        TITLE,
        /** The table label, e.g. {@code 公开01表}. */
        LABEL,
        /** {@code Sheet1}, {@code Sheet2}, … (with FILE_PER_TABLE every file has {@code Sheet1}). */
        SHEET_N
    }

    public enum SheetOrder {
        NATURAL,
        /** Tables in a shuffled order; with SHEET_N the numbers are shuffled independently, so neither the position
         * nor the name of a sheet tells which table it holds. */
        SHUFFLED
    }

    public enum ZeroStyle {
        /** A zero is a numeric 0 shown as {@code 0.00}. */
        ZERO,
        /** A zero is an empty (bordered) cell. */
        BLANK
    }

    public static SampleOptions defaults() {
        return new SampleOptions(CodeStyle.SPLIT_TEXT, FileFormat.XLSX, Packaging.ONE_WORKBOOK, SheetNaming.TITLE,
                SheetOrder.NATURAL, ZeroStyle.ZERO, 0L);
    }

    public SampleOptions withCodeStyle(CodeStyle value) {
        return new SampleOptions(value, fileFormat, packaging, sheetNaming, sheetOrder, zeroStyle, shuffleSeed);
    }

    public SampleOptions withFileFormat(FileFormat value) {
        return new SampleOptions(codeStyle, value, packaging, sheetNaming, sheetOrder, zeroStyle, shuffleSeed);
    }

    public SampleOptions withPackaging(Packaging value) {
        return new SampleOptions(codeStyle, fileFormat, value, sheetNaming, sheetOrder, zeroStyle, shuffleSeed);
    }

    public SampleOptions withSheetNaming(SheetNaming value) {
        return new SampleOptions(codeStyle, fileFormat, packaging, value, sheetOrder, zeroStyle, shuffleSeed);
    }

    public SampleOptions withShuffledSheets(long seed) {
        return new SampleOptions(codeStyle, fileFormat, packaging, sheetNaming, SheetOrder.SHUFFLED, zeroStyle, seed);
    }

    public SampleOptions withZeroStyle(ZeroStyle value) {
        return new SampleOptions(codeStyle, fileFormat, packaging, sheetNaming, sheetOrder, value, shuffleSeed);
    }
}
