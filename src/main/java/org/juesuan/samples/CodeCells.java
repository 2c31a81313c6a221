package org.juesuan.samples;

/** Prints classification codes in the three styles real submissions use (tables.md §3.2). */
final class CodeCells {

    private CodeCells() {
    }

    /**
     * A functional code in columns A–C: JOINED one text cell merged over A–C; SPLIT_* the 类 part in A, the 款 part
     * in B on 款 and 项 rows, the 项 part in C on 项 rows — as text ({@code 01}) or numbers ({@code 1}).
     */
    static void functional(SheetCanvas canvas, int row, String code) {
        WorkbookStyles st = canvas.styles();
        canvas.blank(row, 0, 2, st.code);
        switch (canvas.options().codeStyle()) {
            case JOINED -> {
                canvas.text(row, 0, code, st.code);
                canvas.merge(row, row, 0, 2);
            }
            case SPLIT_TEXT, SPLIT_NUMERIC -> {
                String[] parts = {code.substring(0, 3), code.length() >= 5 ? code.substring(3, 5) : null,
                        code.length() == 7 ? code.substring(5, 7) : null};
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i] != null) {
                        put(canvas, row, i, parts[i]);
                    }
                }
            }
        }
    }

    /** An economic code in one cell: text, or a number when the workbook prints codes as numbers. */
    static void economic(SheetCanvas canvas, int row, int col, String code) {
        put(canvas, row, col, code);
    }

    private static void put(SheetCanvas canvas, int row, int col, String digits) {
        if (canvas.options().codeStyle() == SampleOptions.CodeStyle.SPLIT_NUMERIC) {
            canvas.number(row, col, Integer.parseInt(digits), canvas.styles().codeNumber);
        } else {
            canvas.text(row, col, digits, canvas.styles().code);
        }
    }
}
