package org.juesuan.samples;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The layout choices real submissions vary in beyond {@link SampleOptions} (issue 4): packaging on the sheet,
 * furniture, header wording, code and number printing, T08/T13 column arrangements, alternative row
 * classifications, and sheet noise. {@link #standard()} changes nothing: the committed samples are written with it.
 * Build others with {@link #builder()}; {@link #random(Random)} draws every choice.
 */
public record LayoutVariant(
        TableSet tableSet, boolean stacked, Set<ExtraSheet> extraSheets, boolean extensionMismatch,
        TitlePrefix titlePrefix, QuoteStyle quotes, LabelStyle label, boolean labelInTitleRow,
        DepartmentLine departmentLine, boolean halfWidthColons, UnitText unitText, Set<FinalAccountTable> yuanTables,
        HeaderNoise headerNoise, boolean synonyms, boolean columnNumbers, boolean amountSubHeader,
        int repeatHeaderEvery, boolean totalRowLast,
        EconomicGroupLayout t08, ThreePublicOrder t13, boolean t09FunctionalRows, boolean t07EconomicRows,
        EmptyTables emptyTables,
        boolean blankClassCells, boolean fullCodeInParts, boolean indentNames,
        NumberStyle numbers, String zeroMark, boolean formulaTotals,
        boolean hiddenRows, boolean formattedTo256, boolean oddSheetNames, boolean signatureLine,
        int templateBlankRows, Continuation continuation, boolean blankRowsInBody, CodeWithName codeWithName,
        ExtraColumns extraColumns, Negatives negatives, boolean trailingSpaces, boolean floatNoise,
        boolean wanFourDecimals, boolean t05EconomicRows) {

    /** Which tables the submission holds. */
    public enum TableSet {
        ALL,
        /** The central / Shanghai nine-table set: 01 02 03 04, 06 (as 05), 08 (as 06), 10, 12, 13 — same titles. */
        NINE
    }

    public enum ExtraSheet { COVER, CONTENTS, EXPLANATION, HIDDEN_SHEET }

    public enum TitlePrefix {
        NONE,
        /** {@code 米易县XX局2023年度收入支出决算总表} */
        DEPARTMENT_YEAR,
        /** {@code 2023年度收入支出决算总表} */
        YEAR
    }

    /** How 三公 is quoted in T13's title. */
    public enum QuoteStyle {
        CURLY("“", "”"), ASCII("\"", "\""), SINGLE("‘", "’"), CORNER("「", "」");

        final String open;
        final String close;

        QuoteStyle(String open, String close) {
            this.open = open;
            this.close = close;
        }
    }

    public enum LabelStyle { GONGKAI, BIAO, FUBIAO_CHINESE, NONE }

    public enum DepartmentLine {
        BUMEN("部门"), BIANZHI("编制单位"), DANWEI_MINGCHENG("单位名称"),
        /** 部门 and 金额单位 in one cell, as PDF conversions print them. */
        COMBINED("部门"),
        /** No line: the department is named only in the title's prefix. */
        NONE("");

        final String word;

        DepartmentLine(String word) {
            this.word = word;
        }
    }

    public enum UnitText { JINE_DANWEI, DANWEI, PARENTHESIZED }

    public enum HeaderNoise {
        NONE,
        /** Long header texts broken by a newline ({@code 本年收入合\n计}). */
        NEWLINES,
        /** Two-character header texts letter-spaced ({@code 项 目}). */
        SPACES
    }

    /** T08/T09 column groups. */
    public enum EconomicGroupLayout {
        /** 301/303 | 302 | 307… with codes joined ({@code 30101}) — the default. */
        THREE_GROUPS_JOINED,
        /** 301/303 | 302, 307… with codes split {@code 301 | 01} (Shanghai). */
        TWO_GROUPS_SPLIT,
        TWO_GROUPS_JOINED,
        THREE_GROUPS_SPLIT
    }

    /** T13's column order. */
    public enum ThreePublicOrder {
        /** 预算数 block then 决算数 block — the default. */
        BLOCKS,
        /** Per item a 预算数 | 决算数 pair (Shanghai, 嘉定). */
        PAIRS
    }

    /**
     * How the all-zero T09–T12 are printed. TEMPLATE: as the blank form is printed — header, blank body rows, a
     * 合计 row without figures and a 注 saying the table has no data (issue 12).
     */
    public enum EmptyTables { TOTAL_ROW, HEADER_ONLY, OMITTED, TEMPLATE }

    /** What precedes a header block repeated inside the body (when {@code repeatHeaderEvery} is set). */
    public enum Continuation {
        /** The header rows only (print titles). */
        HEADER,
        /** A {@code （续表）} line, then the header. */
        XUBIAO,
        /** The title again with {@code （续）} and the 金额单位 line, then the header, as a printed second page. */
        TITLE_XU
    }

    /** Code and name in one cell of a functional table, without code columns. */
    public enum CodeWithName {
        NONE,
        /** {@code 2010101 行政运行} */
        SPACE,
        /** {@code 2010101行政运行} */
        TIGHT,
        /** {@code [2010101]行政运行} */
        BRACKETS
    }

    /** Columns without a contract key beside the amounts of a functional table: never facts. */
    public enum ExtraColumns {
        NONE,
        /** A 上年数 column before the amounts. */
        PRIOR_YEAR,
        /** 上年决算数 before the amounts, 增减额 and 增长率 after them. */
        COMPARISON
    }

    /** How a negative amount is spelled (the variant puts one 项目支出 冲减 into T03, see VariantAccounts). */
    public enum Negatives {
        NONE,
        /** {@code -12.50} (a number cell when numbers are numeric). */
        MINUS,
        /** {@code (12.50)}, accountants' parentheses, as text. */
        PARENTHESES,
        /** {@code －12.50}, a full-width minus, as text. */
        FULL_WIDTH_MINUS
    }

    public enum NumberStyle {
        NUMERIC,
        /** Text cells with thousands separators ({@code 4,733.14}), as PDF conversions leave them. */
        TEXT_THOUSANDS,
        /** Text cells in full-width digits ({@code ４７３３．１４}). */
        FULL_WIDTH_TEXT
    }

    public static LayoutVariant standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.tableSet = tableSet;
        b.stacked = stacked;
        b.extraSheets = extraSheets.isEmpty() ? EnumSet.noneOf(ExtraSheet.class) : EnumSet.copyOf(extraSheets);
        b.extensionMismatch = extensionMismatch;
        b.titlePrefix = titlePrefix;
        b.quotes = quotes;
        b.label = label;
        b.labelInTitleRow = labelInTitleRow;
        b.departmentLine = departmentLine;
        b.halfWidthColons = halfWidthColons;
        b.unitText = unitText;
        b.yuanTables = yuanTables.isEmpty() ? EnumSet.noneOf(FinalAccountTable.class) : EnumSet.copyOf(yuanTables);
        b.headerNoise = headerNoise;
        b.synonyms = synonyms;
        b.columnNumbers = columnNumbers;
        b.amountSubHeader = amountSubHeader;
        b.repeatHeaderEvery = repeatHeaderEvery;
        b.totalRowLast = totalRowLast;
        b.t08 = t08;
        b.t13 = t13;
        b.t09FunctionalRows = t09FunctionalRows;
        b.t07EconomicRows = t07EconomicRows;
        b.emptyTables = emptyTables;
        b.blankClassCells = blankClassCells;
        b.fullCodeInParts = fullCodeInParts;
        b.indentNames = indentNames;
        b.numbers = numbers;
        b.zeroMark = zeroMark;
        b.formulaTotals = formulaTotals;
        b.hiddenRows = hiddenRows;
        b.formattedTo256 = formattedTo256;
        b.oddSheetNames = oddSheetNames;
        b.signatureLine = signatureLine;
        b.templateBlankRows = templateBlankRows;
        b.continuation = continuation;
        b.blankRowsInBody = blankRowsInBody;
        b.codeWithName = codeWithName;
        b.extraColumns = extraColumns;
        b.negatives = negatives;
        b.trailingSpaces = trailingSpaces;
        b.floatNoise = floatNoise;
        b.wanFourDecimals = wanFourDecimals;
        b.t05EconomicRows = t05EconomicRows;
        return b;
    }

    /** Every choice drawn at random (each away from the default with a fair chance). */
    public static LayoutVariant random(Random rnd) {
        Builder b = builder();
        b.tableSet = rnd.nextInt(4) == 0 ? TableSet.NINE : TableSet.ALL;
        b.stacked = rnd.nextInt(5) == 0;
        for (ExtraSheet extra : ExtraSheet.values()) {
            if (rnd.nextInt(4) == 0) {
                b.extraSheets.add(extra);
            }
        }
        b.extensionMismatch = rnd.nextInt(6) == 0;
        b.titlePrefix = pick(rnd, TitlePrefix.values());
        b.quotes = pick(rnd, QuoteStyle.values());
        b.label = pick(rnd, LabelStyle.values());
        b.labelInTitleRow = rnd.nextBoolean();
        b.departmentLine = pick(rnd, DepartmentLine.values());
        if (b.departmentLine == DepartmentLine.NONE) {
            b.titlePrefix = TitlePrefix.DEPARTMENT_YEAR; // the name must be printed somewhere
        }
        b.halfWidthColons = rnd.nextBoolean();
        b.unitText = pick(rnd, UnitText.values());
        for (FinalAccountTable table : FinalAccountTable.values()) {
            if (rnd.nextInt(5) == 0) {
                b.yuanTables.add(table);
            }
        }
        b.headerNoise = pick(rnd, HeaderNoise.values());
        b.synonyms = rnd.nextBoolean();
        b.columnNumbers = rnd.nextInt(3) > 0;
        b.amountSubHeader = rnd.nextInt(3) == 0;
        b.repeatHeaderEvery = rnd.nextInt(4) == 0 ? 8 + rnd.nextInt(20) : 0;
        b.totalRowLast = rnd.nextInt(3) == 0;
        b.t08 = pick(rnd, EconomicGroupLayout.values());
        b.t13 = pick(rnd, ThreePublicOrder.values());
        b.t09FunctionalRows = rnd.nextInt(4) == 0;
        b.t07EconomicRows = rnd.nextInt(4) == 0;
        b.emptyTables = pick(rnd, EmptyTables.values());
        b.blankClassCells = rnd.nextBoolean();
        b.fullCodeInParts = rnd.nextInt(4) == 0;
        b.indentNames = rnd.nextBoolean();
        b.numbers = pick(rnd, NumberStyle.values());
        b.zeroMark = switch (rnd.nextInt(5)) {
            case 0 -> "-";
            case 1 -> "—";
            case 2 -> "－";
            default -> null;
        };
        b.formulaTotals = b.numbers == NumberStyle.NUMERIC && rnd.nextInt(3) == 0;
        b.hiddenRows = rnd.nextInt(4) == 0;
        b.formattedTo256 = rnd.nextInt(6) == 0;
        b.oddSheetNames = rnd.nextInt(3) == 0;
        b.signatureLine = rnd.nextBoolean();
        // issue 12's habits of published tables, drawn after the older choices so those stay as they were per seed
        b.templateBlankRows = 8 + rnd.nextInt(5);
        b.continuation = pick(rnd, Continuation.values());
        b.blankRowsInBody = rnd.nextInt(4) == 0;
        b.codeWithName = rnd.nextInt(3) == 0 ? pick(rnd, CodeWithName.values()) : CodeWithName.NONE;
        b.extraColumns = rnd.nextInt(3) == 0 ? pick(rnd, ExtraColumns.values()) : ExtraColumns.NONE;
        b.negatives = rnd.nextInt(3) == 0 ? pick(rnd, Negatives.values()) : Negatives.NONE;
        if (b.formulaTotals && b.negatives != Negatives.NONE) {
            b.negatives = Negatives.MINUS; // a SUM passes over text cells
        }
        b.trailingSpaces = rnd.nextInt(4) == 0 && !b.formulaTotals;
        b.floatNoise = b.numbers == NumberStyle.NUMERIC && rnd.nextInt(3) == 0;
        b.wanFourDecimals = b.numbers == NumberStyle.NUMERIC && rnd.nextInt(4) == 0;
        b.t05EconomicRows = rnd.nextInt(4) == 0;
        return b.build();
    }

    private static <T> T pick(Random rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    /** The tables this variant prints, in the nine-table set's order when it is chosen. */
    List<FinalAccountTable> tables() {
        if (tableSet == TableSet.ALL) {
            return List.of(FinalAccountTable.values());
        }
        return List.of(FinalAccountTable.T01, FinalAccountTable.T02, FinalAccountTable.T03, FinalAccountTable.T04,
                FinalAccountTable.T06, FinalAccountTable.T08, FinalAccountTable.T10, FinalAccountTable.T12,
                FinalAccountTable.T13);
    }

    /** Whether split codes are printed (the code-part choices only apply then). */
    boolean economicCodesSplit() {
        return t08 == EconomicGroupLayout.TWO_GROUPS_SPLIT || t08 == EconomicGroupLayout.THREE_GROUPS_SPLIT;
    }

    /** A short description of every non-default choice, for file names in failure messages. */
    public String describe() {
        LayoutVariant d = standard();
        List<String> parts = new ArrayList<>();
        var components = LayoutVariant.class.getRecordComponents();
        for (var component : components) {
            try {
                Object mine = component.getAccessor().invoke(this);
                Object theirs = component.getAccessor().invoke(d);
                if (!java.util.Objects.equals(mine, theirs)) {
                    if (mine instanceof Set<?> set) { // in declaration order, so the text is the same every run
                        mine = set.stream().map(x -> (Enum<?>) x).sorted(java.util.Comparator.comparingInt(Enum::ordinal))
                                .toList();
                    }
                    parts.add(component.getName() + "=" + mine);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return parts.isEmpty() ? "standard" : String.join(", ", parts);
    }

    /** Mutable choices; {@link #build()} freezes them. */
    public static final class Builder {
        public TableSet tableSet = TableSet.ALL;
        public boolean stacked;
        public Set<ExtraSheet> extraSheets = EnumSet.noneOf(ExtraSheet.class);
        public boolean extensionMismatch;
        public TitlePrefix titlePrefix = TitlePrefix.NONE;
        public QuoteStyle quotes = QuoteStyle.CURLY;
        public LabelStyle label = LabelStyle.GONGKAI;
        public boolean labelInTitleRow;
        public DepartmentLine departmentLine = DepartmentLine.BUMEN;
        public boolean halfWidthColons;
        public UnitText unitText = UnitText.JINE_DANWEI;
        public Set<FinalAccountTable> yuanTables = EnumSet.noneOf(FinalAccountTable.class);
        public HeaderNoise headerNoise = HeaderNoise.NONE;
        public boolean synonyms;
        public boolean columnNumbers = true;
        public boolean amountSubHeader;
        public int repeatHeaderEvery;
        public boolean totalRowLast;
        public EconomicGroupLayout t08 = EconomicGroupLayout.THREE_GROUPS_JOINED;
        public ThreePublicOrder t13 = ThreePublicOrder.BLOCKS;
        public boolean t09FunctionalRows;
        public boolean t07EconomicRows;
        public EmptyTables emptyTables = EmptyTables.TOTAL_ROW;
        public boolean blankClassCells;
        public boolean fullCodeInParts;
        public boolean indentNames;
        public NumberStyle numbers = NumberStyle.NUMERIC;
        /** How a zero is printed as text ({@code -}, {@code —}, {@code －}); null: as SampleOptions' ZeroStyle says. */
        public String zeroMark;
        public boolean formulaTotals;
        public boolean hiddenRows;
        public boolean formattedTo256;
        public boolean oddSheetNames;
        public boolean signatureLine;
        /** Blank body rows of an empty table printed as its TEMPLATE. */
        public int templateBlankRows = 8;
        public Continuation continuation = Continuation.HEADER;
        /** A blank row after every fifth body row of a functional table. */
        public boolean blankRowsInBody;
        public CodeWithName codeWithName = CodeWithName.NONE;
        public ExtraColumns extraColumns = ExtraColumns.NONE;
        public Negatives negatives = Negatives.NONE;
        /** Amounts printed as text carry trailing spaces ({@code 4,733.14  }). */
        public boolean trailingSpaces;
        /** Some numeric amounts carry binary noise from a computed cell ({@code 2899.9500000000003}). */
        public boolean floatNoise;
        /**
         * Every amount is one hundredth of the department's, so 万元 cells hold four decimals while showing two
         * (a {@code =元/10000} cell: 47.3314 万元 is 473,314.00 元).
         */
        public boolean wanFourDecimals;
        /** T05 printed by 经济分类 rows (only where T05 equals T07, so the model knows its economic breakdown). */
        public boolean t05EconomicRows;

        public Builder with(java.util.function.Consumer<Builder> change) {
            change.accept(this);
            return this;
        }

        public LayoutVariant build() {
            if (departmentLine == DepartmentLine.NONE && titlePrefix != TitlePrefix.DEPARTMENT_YEAR) {
                throw new IllegalArgumentException("without a 部门 line the title must name the department");
            }
            if (formulaTotals && numbers != NumberStyle.NUMERIC) {
                throw new IllegalArgumentException("formula totals sum numeric cells only");
            }
            if (formulaTotals && (trailingSpaces
                    || negatives == Negatives.PARENTHESES || negatives == Negatives.FULL_WIDTH_MINUS)) {
                throw new IllegalArgumentException("formula totals sum numeric cells only, not text amounts");
            }
            if ((floatNoise || wanFourDecimals) && numbers != NumberStyle.NUMERIC) {
                throw new IllegalArgumentException("float noise and hidden decimals live in numeric cells only");
            }
            if (templateBlankRows < 0) {
                throw new IllegalArgumentException("templateBlankRows < 0");
            }
            return new LayoutVariant(tableSet, stacked, Set.copyOf(extraSheets), extensionMismatch, titlePrefix, quotes,
                    label, labelInTitleRow, departmentLine, halfWidthColons, unitText, Set.copyOf(yuanTables),
                    headerNoise, synonyms, columnNumbers, amountSubHeader, repeatHeaderEvery, totalRowLast, t08, t13,
                    t09FunctionalRows, t07EconomicRows, emptyTables, blankClassCells, fullCodeInParts, indentNames,
                    numbers, zeroMark, formulaTotals, hiddenRows, formattedTo256, oddSheetNames, signatureLine,
                    templateBlankRows, continuation, blankRowsInBody, codeWithName, extraColumns, negatives,
                    trailingSpaces, floatNoise, wanFourDecimals, t05EconomicRows);
        }
    }
}
