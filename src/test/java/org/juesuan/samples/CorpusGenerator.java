package org.juesuan.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import org.juesuan.samples.LayoutVariant.Builder;
import org.juesuan.samples.LayoutVariant.CodeWithName;
import org.juesuan.samples.LayoutVariant.Continuation;
import org.juesuan.samples.LayoutVariant.ExtraColumns;
import org.juesuan.samples.LayoutVariant.Negatives;
import org.juesuan.samples.LayoutVariant.DepartmentLine;
import org.juesuan.samples.LayoutVariant.EconomicGroupLayout;
import org.juesuan.samples.LayoutVariant.EmptyTables;
import org.juesuan.samples.LayoutVariant.ExtraSheet;
import org.juesuan.samples.LayoutVariant.HeaderNoise;
import org.juesuan.samples.LayoutVariant.LabelStyle;
import org.juesuan.samples.LayoutVariant.NumberStyle;
import org.juesuan.samples.LayoutVariant.QuoteStyle;
import org.juesuan.samples.LayoutVariant.TableSet;
import org.juesuan.samples.LayoutVariant.ThreePublicOrder;
import org.juesuan.samples.LayoutVariant.TitlePrefix;
import org.juesuan.samples.LayoutVariant.UnitText;
import org.juesuan.samples.SampleOptions.CodeStyle;
import org.juesuan.samples.SampleOptions.FileFormat;
import org.juesuan.samples.SampleOptions.Packaging;
import org.juesuan.samples.SampleOptions.SheetNaming;
import org.juesuan.samples.SampleOptions.ZeroStyle;

/**
 * The committed variant corpus ({@code corpus/generated/}): one workbook per layout choice of issue 4 (a few
 * combine many), each with an {@code .expected.csv} of every fact the import must recover and the tables it must
 * find. Deterministic, like the samples.
 *
 * <p>Run: {@code scripts/generate corpus}
 */
public final class CorpusGenerator {

    /** One corpus workbook: what it shows, the department, and how it is printed. */
    public record Entry(String name, String shows, DepartmentAccounts accounts, SampleOptions options,
                        LayoutVariant variant) {

        /**
         * The workbook file (or folder, for per-table packaging) relative to the corpus folder; the year is in the
         * name, as in real file names, since most variants print it nowhere else.
         */
        public String path() {
            String stem = name + "-" + accounts.fiscalYear();
            return options.packaging() == Packaging.ONE_WORKBOOK ? stem + SampleWorkbookWriter.extension(options, variant)
                    : stem;
        }

        public String factsPath() {
            return name + "-" + accounts.fiscalYear() + ".expected.csv";
        }
    }

    /** A random department without 政府性基金/国有资本 spending, so its T05 equals its T07 (see VariantAccounts). */
    static final long T05_AS_T07 = 27;

    private CorpusGenerator() {
    }

    public static List<Entry> entries() {
        SampleOptions x = SampleOptions.defaults();
        SampleOptions xls = x.withFileFormat(FileFormat.XLS);
        DepartmentAccounts miyi = MiyiDepartment.accounts();
        DepartmentAccounts education = EducationBureauDepartment.accounts();
        DepartmentAccounts agriculture = AgricultureBureauDepartment.accounts();
        List<Entry> e = new ArrayList<>();
        e.add(entry("01-nine-table-set", "the central/Shanghai nine-table subset, shuffled, labels renumbered 公开01–09表",
                dept(17), x.withShuffledSheets(901), v -> v.tableSet = TableSet.NINE));
        e.add(entry("02-stacked-one-sheet", "all thirteen tables stacked on one sheet", dept(19), x,
                v -> v.stacked = true));
        e.add(entry("03-stacked-xls-numeric-codes", "stacked tables in BIFF .xls, codes as numbers that lost zeros",
                dept(21), xls.withCodeStyle(CodeStyle.SPLIT_NUMERIC), v -> v.stacked = true));
        e.add(entry("04-cover-contents-notes-hidden", "封面, 目录 listing every title, 说明 prose, a hidden 参数 sheet",
                dept(23), x, v -> v.extraSheets.addAll(EnumSet.allOf(ExtraSheet.class))));
        e.add(entry("05-xlsx-content-named-xls", "OOXML content under a .xls name", dept(25), x,
                v -> v.extensionMismatch = true));
        e.add(entry("06-xls-content-named-xlsx", "BIFF8 content under a .xlsx name", dept(27), xls,
                v -> v.extensionMismatch = true));
        e.add(entry("07-title-names-department", "XX局2023年度… titles, no 部门 line (the name is in the title)",
                dept(31), x, v -> {
                    v.titlePrefix = TitlePrefix.DEPARTMENT_YEAR;
                    v.departmentLine = DepartmentLine.NONE;
                }));
        e.add(entry("08-year-prefix-ascii-quotes-biao", "2023年度… titles, \"三公\" in ASCII quotes, labels 表1…",
                dept(34), x, v -> {
                    v.titlePrefix = TitlePrefix.YEAR;
                    v.quotes = QuoteStyle.ASCII;
                    v.label = LabelStyle.BIAO;
                }));
        e.add(entry("09-fubiao-label-in-title-row", "labels 附表一… beside the title, ‘三公’", dept(38), xls, v -> {
            v.label = LabelStyle.FUBIAO_CHINESE;
            v.labelInTitleRow = true;
            v.quotes = QuoteStyle.SINGLE;
        }));
        e.add(entry("10-bianzhi-danwei-half-width-colons", "编制单位:… and 单位:万元 with ASCII colons", dept(17), x, v -> {
            v.departmentLine = DepartmentLine.BIANZHI;
            v.unitText = UnitText.DANWEI;
            v.halfWidthColons = true;
        }));
        e.add(entry("11-danwei-mingcheng-no-label", "单位名称：…, （单位：万元）, no label, 「三公」", dept(19), x, v -> {
            v.departmentLine = DepartmentLine.DANWEI_MINGCHENG;
            v.unitText = UnitText.PARENTHESIZED;
            v.label = LabelStyle.NONE;
            v.quotes = QuoteStyle.CORNER;
        }));
        e.add(entry("12-department-and-unit-in-one-cell", "部门：…　　金额单位：万元 in one merged cell", dept(21), x,
                v -> v.departmentLine = DepartmentLine.COMBINED));
        e.add(entry("13-yuan-tables-among-wan", "T03, T08 and T13 in 元, the rest in 万元", education, x,
                v -> v.yuanTables.addAll(EnumSet.of(FinalAccountTable.T03, FinalAccountTable.T08, FinalAccountTable.T13))));
        e.add(entry("14-all-in-yuan-xls", "every table in 元, .xls", agriculture, xls,
                v -> v.yuanTables.addAll(EnumSet.allOf(FinalAccountTable.class))));
        e.add(entry("15-header-newlines", "header texts broken by newlines (本年收入合\\n计)", dept(23), x,
                v -> v.headerNoise = HeaderNoise.NEWLINES));
        e.add(entry("16-header-spaces-synonyms", "项 目, 决算数 for 金额, 小计 for 合计, 运行维护费", dept(25), x, v -> {
            v.headerNoise = HeaderNoise.SPACES;
            v.synonyms = true;
        }));
        e.add(entry("17-no-lanci-juesuanshu-row", "no 栏次 row, a 决算数 row under every amount column", dept(27), x, v -> {
            v.columnNumbers = false;
            v.amountSubHeader = true;
        }));
        e.add(entry("18-repeated-header-rows", "the header rows repeated every 9 body rows (print titles)", dept(31), x,
                v -> v.repeatHeaderEvery = 9));
        e.add(entry("19-total-row-last", "合计 row under the body instead of above", miyi, x, v -> v.totalRowLast = true));
        e.add(entry("20-t08-two-groups-split-codes", "T08/T09 in two groups, codes split 301 | 01", dept(34), x,
                v -> v.t08 = EconomicGroupLayout.TWO_GROUPS_SPLIT));
        e.add(entry("21-t08-three-groups-split-blank-class", "T08/T09 three groups, codes split, 类 blank on 款 rows",
                dept(38), x.withCodeStyle(CodeStyle.SPLIT_NUMERIC), v -> {
                    v.t08 = EconomicGroupLayout.THREE_GROUPS_SPLIT;
                    v.blankClassCells = true;
                }));
        e.add(entry("22-t08-two-groups-joined", "T08/T09 in two groups with joined codes", dept(17), xls,
                v -> v.t08 = EconomicGroupLayout.TWO_GROUPS_JOINED));
        e.add(entry("23-t13-budget-final-pairs", "T13 item by item in 预算数 | 决算数 pairs, 运行维护费", agriculture, x, v -> {
            v.t13 = ThreePublicOrder.PAIRS;
            v.synonyms = true;
        }));
        e.add(entry("24-t09-by-function", "T09 keyed by 功能分类 rows with one 决算数 column", dept(19), x,
                v -> v.t09FunctionalRows = true));
        e.add(entry("25-t07-by-economic-class", "T07 keyed by 经济分类 rows: 合计 | 基本支出 | 项目支出", dept(21),
                x.withCodeStyle(CodeStyle.JOINED), v -> v.t07EconomicRows = true));
        e.add(entry("26-codes-blank-class-lost-zeros", "numeric split codes (5 for 05), 类 blank on 款/项 rows", dept(23),
                x.withCodeStyle(CodeStyle.SPLIT_NUMERIC), v -> v.blankClassCells = true));
        e.add(entry("27-codes-full-in-parts-indented", "206 | 20601 | 2060101 and names indented with full-width spaces",
                dept(25), x, v -> {
                    v.fullCodeInParts = true;
                    v.indentNames = true;
                }));
        e.add(entry("28-text-thousands-dash-zeros", "amounts as text 4,733.14, zeros as -", dept(27), x, v -> {
            v.numbers = NumberStyle.TEXT_THOUSANDS;
            v.zeroMark = "-";
        }));
        e.add(entry("29-full-width-digits-emdash-zeros", "amounts as full-width text ４７３３．１４, zeros as —", dept(31), x,
                v -> {
                    v.numbers = NumberStyle.FULL_WIDTH_TEXT;
                    v.zeroMark = "—";
                }));
        e.add(entry("30-formula-totals-xls", "合计 rows as SUM formulas with cached values, zeros as －", dept(34), xls,
                v -> {
                    v.formulaTotals = true;
                    v.zeroMark = "－";
                }));
        e.add(entry("31-formula-totals-xlsx", "合计 rows as SUM formulas with cached values", education, x,
                v -> v.formulaTotals = true));
        e.add(entry("32-hidden-rows-and-sheet", "some body rows hidden (figures kept), a hidden sheet", dept(38), x, v -> {
            v.hiddenRows = true;
            v.extraSheets.add(ExtraSheet.HIDDEN_SHEET);
        }));
        e.add(entry("33-formatted-to-column-256-odd-names", "styled cells out to column IV, sheet names with trailing "
                + "spaces and Z01 …(财决01表)", dept(17), x.withSheetNaming(SheetNaming.TITLE), v -> {
                    v.formattedTo256 = true;
                    v.oddSheetNames = true;
                }));
        e.add(entry("34-empty-tables-header-only-signature", "empty T10–T12 as header + 说明 only, signature line "
                + "单位负责人：… under every table", dept(27), x, v -> {
                    v.emptyTables = EmptyTables.HEADER_ONLY;
                    v.signatureLine = true;
                }));
        e.add(entry("35-empty-tables-omitted", "empty T10–T12 left out of the workbook", dept(31), x,
                v -> v.emptyTables = EmptyTables.OMITTED));
        e.add(entry("36-per-table-folder-xls", "one .xls per table in a folder, Sheet1 each, blank zeros, 元 T13",
                dept(19), xls.withPackaging(Packaging.FILE_PER_TABLE).withSheetNaming(SheetNaming.SHEET_N)
                        .withZeroStyle(ZeroStyle.BLANK), v -> v.yuanTables.add(FinalAccountTable.T13)));
        e.add(entry("37-everything-at-once", "stacked nine-table set with most variants combined", dept(25),
                x.withCodeStyle(CodeStyle.SPLIT_NUMERIC).withZeroStyle(ZeroStyle.BLANK), v -> {
                    v.tableSet = TableSet.NINE;
                    v.stacked = true;
                    v.extraSheets.addAll(EnumSet.of(ExtraSheet.COVER, ExtraSheet.CONTENTS));
                    v.titlePrefix = TitlePrefix.DEPARTMENT_YEAR;
                    v.departmentLine = DepartmentLine.NONE;
                    v.unitText = UnitText.DANWEI;
                    v.yuanTables.add(FinalAccountTable.T13);
                    v.headerNoise = HeaderNoise.NEWLINES;
                    v.synonyms = true;
                    v.columnNumbers = false;
                    v.totalRowLast = true;
                    v.t08 = EconomicGroupLayout.TWO_GROUPS_SPLIT;
                    v.t13 = ThreePublicOrder.PAIRS;
                    v.blankClassCells = true;
                    v.indentNames = true;
                    v.hiddenRows = true;
                    v.signatureLine = true;
                }));
        issue12Habits(e, x, xls);
        return e;
    }

    /** The habits of published tables (issue 12), one workbook each, and all of them at once. */
    private static void issue12Habits(List<Entry> e, SampleOptions x, SampleOptions xls) {
        e.add(entry("38-empty-tables-blank-form", "empty T10–T12 as the blank form: header, 12 blank rows, 合计 without "
                + "figures, 注：本单位无…故本表无数据。", dept(27), x, v -> {
                    v.emptyTables = EmptyTables.TEMPLATE;
                    v.templateBlankRows = 12;
                }));
        e.add(entry("39-continued-xubiao", "tables running on: （续表） and the header again every 9 body rows", dept(31), x,
                v -> {
                    v.repeatHeaderEvery = 9;
                    v.continuation = Continuation.XUBIAO;
                }));
        e.add(entry("40-continued-title-xu-blank-rows", "the title again with （续） and 金额单位 every 12 rows, blank "
                + "rows in the body", dept(19), xls, v -> {
                    v.repeatHeaderEvery = 12;
                    v.continuation = Continuation.TITLE_XU;
                    v.blankRowsInBody = true;
                }));
        e.add(entry("41-code-and-name-one-cell", "code and name in one cell: 2010101 行政运行", dept(21), x,
                v -> v.codeWithName = CodeWithName.SPACE));
        e.add(entry("42-code-name-tight-indented", "code and name in one cell without a space, indented: 　　2010101行政运行",
                dept(23), x, v -> {
                    v.codeWithName = CodeWithName.TIGHT;
                    v.indentNames = true;
                }));
        e.add(entry("43-code-name-brackets-xls", "code and name in one cell: [2010101]行政运行, .xls", dept(25), xls,
                v -> v.codeWithName = CodeWithName.BRACKETS));
        e.add(entry("44-prior-year-column", "a 上年数 column before the amounts (not facts)", dept(34), x,
                v -> v.extraColumns = ExtraColumns.PRIOR_YEAR));
        e.add(entry("45-prior-final-change-rate", "上年决算数 before, 增减额 and 增长率 after the amounts (not facts)",
                dept(38), x, v -> v.extraColumns = ExtraColumns.COMPARISON));
        e.add(entry("46-negatives-parentheses-trailing-spaces", "a negative 项目支出 as (12.50), text amounts with "
                + "thousands and trailing spaces", dept(17), x, v -> {
                    v.negatives = Negatives.PARENTHESES;
                    v.numbers = NumberStyle.TEXT_THOUSANDS;
                    v.trailingSpaces = true;
                }));
        e.add(entry("47-negatives-full-width-minus", "a negative 项目支出 as －12.50 among numeric cells", dept(19), x,
                v -> v.negatives = Negatives.FULL_WIDTH_MINUS));
        e.add(entry("48-float-noise", "numeric cells with binary noise (2899.9500000000003)", dept(23), xls,
                v -> v.floatNoise = true));
        e.add(entry("49-wan-cells-whole-yuan", "万元 cells holding four decimals, shown with two (47.3314 万元 = "
                + "473,314.00 元)", dept(25), x, v -> v.wanFourDecimals = true));
        e.add(entry("50-t05-by-economic-class", "T05 keyed by 经济分类 rows: 合计 | 基本支出 | 项目支出", dept(T05_AS_T07),
                x, v -> v.t05EconomicRows = true));
        e.add(entry("51-issue-12-all-at-once", "every habit of issue 12 together", dept(T05_AS_T07),
                x.withCodeStyle(CodeStyle.SPLIT_TEXT), v -> {
                    v.emptyTables = EmptyTables.TEMPLATE;
                    v.templateBlankRows = 10;
                    v.repeatHeaderEvery = 10;
                    v.continuation = Continuation.TITLE_XU;
                    v.blankRowsInBody = true;
                    v.codeWithName = CodeWithName.SPACE;
                    v.extraColumns = ExtraColumns.COMPARISON;
                    v.negatives = Negatives.MINUS;
                    v.floatNoise = true;
                    v.wanFourDecimals = true;
                    v.t05EconomicRows = true;
                    v.t07EconomicRows = true;
                    v.t09FunctionalRows = true;
                }));
    }

    private static DepartmentAccounts dept(long seed) {
        return SampleGenerator.randomDepartment(seed);
    }

    private static Entry entry(String name, String shows, DepartmentAccounts accounts, SampleOptions options,
                               Consumer<Builder> variant) {
        return new Entry(name, shows, accounts, options, LayoutVariant.builder().with(variant).build());
    }

    /** Writes every corpus workbook and its expected facts into {@code folder}, and the index README. */
    public static void writeAll(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Entry entry : entries()) {
            DepartmentAccounts printed = SampleWorkbookWriter.write(entry.accounts(), entry.options(), entry.variant(),
                    folder.resolve(entry.path()));
            Files.writeString(folder.resolve(entry.factsPath()), ExpectedFactsCsv.renderWithTables(printed, entry.variant()),
                    StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("README.md"), index(), StandardCharsets.UTF_8);
    }

    /** The expected-facts file of an entry, as {@link #writeAll} writes it. */
    static String expectedFacts(Entry entry) {
        return ExpectedFactsCsv.renderWithTables(VariantAccounts.of(entry.accounts(), entry.variant()), entry.variant());
    }

    /** The corpus index (README.md). */
    static String index() {
        StringBuilder index = new StringBuilder("""
                # Variant corpus (generated)

                Written by `org.juesuan.samples.CorpusGenerator` — do not edit by hand; regenerate with

                    scripts/generate corpus

                Each workbook has a `<name>.expected.csv`: the tables it prints (`TABLE` lines) and every non-zero fact
                (万元) the import must recover. `CorpusTest` imports every one and compares; `CommittedCorpusTest`
                checks these files are what the generator writes.

                | workbook | shows | department | choices |
                |---|---|---|---|
                """);
        for (Entry entry : entries()) {
            index.append("| `").append(entry.path()).append("` | ").append(entry.shows()).append(" | ")
                    .append(entry.accounts().departmentName()).append(" | ").append(describe(entry)).append(" |\n");
        }
        return index.toString();
    }

    private static String describe(Entry entry) {
        SampleOptions d = SampleOptions.defaults();
        SampleOptions o = entry.options();
        List<String> parts = new ArrayList<>();
        if (o.codeStyle() != d.codeStyle()) {
            parts.add("codes " + o.codeStyle());
        }
        if (o.fileFormat() != d.fileFormat()) {
            parts.add(o.fileFormat().name());
        }
        if (o.packaging() != d.packaging()) {
            parts.add(o.packaging().name());
        }
        if (o.sheetNaming() != d.sheetNaming()) {
            parts.add("sheets " + o.sheetNaming());
        }
        if (o.sheetOrder() != d.sheetOrder()) {
            parts.add("sheets shuffled");
        }
        if (o.zeroStyle() != d.zeroStyle()) {
            parts.add("zeros " + o.zeroStyle());
        }
        String variant = entry.variant().describe();
        parts.add(variant.replace("|", "\\|"));
        return String.join("; ", parts);
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "corpus/generated");
        writeAll(folder);
        System.out.println(entries().size() + " corpus workbooks written to " + folder.toAbsolutePath());
    }
}
