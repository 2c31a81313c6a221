package org.juesuan.samples;

/** Prints classification codes in the styles real submissions use (docs/tables.md §3.2). */
final class CodeCells {

    private CodeCells() {
    }

    /**
     * A functional code in columns A–C: JOINED one text cell merged over A–C; SPLIT_* the 类 part in A, the 款 part
     * in B on 款 and 项 rows, the 项 part in C on 项 rows — as text ({@code 01}) or numbers ({@code 1}). The variant
     * may leave the 类 cell blank on 款/项 rows, or print the whole code so far in each part ({@code 206 | 20601}).
     */
    static void functional(SheetCanvas canvas, int row, String code) {
        WorkbookStyles st = canvas.styles();
        canvas.blank(row, 0, 2, st.code);
        switch (canvas.options().codeStyle()) {
            case JOINED -> {
                canvas.text(row, 0, code, st.code);
                canvas.merge(row, row, 0, 2);
            }
            case SPLIT_TEXT, SPLIT_NUMERIC -> split(canvas, row, 0, code, 3);
        }
    }

    /** An economic code in one cell (text, or a number when the workbook prints codes as numbers). */
    static void economic(SheetCanvas canvas, int row, int col, String code) {
        put(canvas, row, col, code);
    }

    /** An economic code split over 类 | 款 cells ({@code 301 | 01}). */
    static void economicSplit(SheetCanvas canvas, int row, int col, String code) {
        canvas.blank(row, col, col + 1, canvas.styles().code);
        split(canvas, row, col, code, 2);
    }

    private static void split(SheetCanvas canvas, int row, int col, String code, int levels) {
        LayoutVariant variant = canvas.variant();
        String[] parts = new String[levels];
        for (int i = 0; i < levels; i++) {
            int length = 3 + 2 * i;
            if (code.length() < length) {
                break;
            }
            parts[i] = variant.fullCodeInParts() ? code.substring(0, length)
                    : i == 0 ? code.substring(0, 3) : code.substring(length - 2, length);
        }
        if (variant.blankClassCells() && code.length() > 3) {
            parts[0] = null; // the 类 is printed on its own row only
        }
        for (int i = 0; i < levels; i++) {
            if (parts[i] != null) {
                put(canvas, row, col + i, parts[i]);
            }
        }
    }

    private static void put(SheetCanvas canvas, int row, int col, String digits) {
        if (canvas.options().codeStyle() == SampleOptions.CodeStyle.SPLIT_NUMERIC) {
            canvas.number(row, col, Long.parseLong(digits), canvas.styles().codeNumber);
        } else {
            canvas.text(row, col, digits, canvas.styles().code);
        }
    }
}
