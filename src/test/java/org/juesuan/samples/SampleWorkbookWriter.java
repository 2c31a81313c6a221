package org.juesuan.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays a {@link DepartmentAccounts} out in the Sichuan layout of docs/tables.md and writes it as one workbook of 13
 * sheets or a folder of 13 one-sheet workbooks, xlsx or xls. Document properties are fixed, so the same input gives
 * the same file.
 */
public final class SampleWorkbookWriter {

    /** The fixed creation date of every sample (the day 米易县 published its 2023 决算). */
    static final Date DOCUMENT_DATE = Date.from(Instant.parse("2024-09-20T00:00:00Z"));
    static final String AUTHOR = "juesuan SampleGenerator";

    private SampleWorkbookWriter() {
    }

    /**
     * Writes the submission: for ONE_WORKBOOK {@code target} is the workbook file, for FILE_PER_TABLE the folder
     * that receives {@code 01 收入支出决算总表.xlsx} … (created if needed).
     */
    public static void write(DepartmentAccounts accounts, SampleOptions options, Path target) throws IOException {
        write(accounts, options, LayoutVariant.standard(), target);
    }

    /**
     * Writes the submission in a layout variant (see {@link #extension} for the file name to give it).
     *
     * @return the figures as printed, which an importer must recover ({@link VariantAccounts})
     */
    public static DepartmentAccounts write(DepartmentAccounts accounts, SampleOptions options, LayoutVariant variant,
                                           Path target) throws IOException {
        DepartmentAccounts printed = VariantAccounts.of(accounts, variant);
        List<FinalAccountTable> tables = printed.tables().keySet().stream().map(FinalAccountTable::valueOf).toList();
        if (options.packaging() == SampleOptions.Packaging.ONE_WORKBOOK) {
            List<FinalAccountTable> order = sheetOrder(tables, options);
            try (Workbook wb = workbook(printed, options, variant, order, sheetNames(order, options, variant))) {
                save(wb, target);
            }
        } else {
            Files.createDirectories(target);
            for (FinalAccountTable table : tables) {
                LayoutVariant v = table == tables.get(0) ? variant
                        : variant.toBuilder().with(b -> b.extraSheets.clear()).build(); // extras once, in the first file
                try (Workbook wb = workbook(printed, options, v, List.of(table),
                        List.of(sheetName(table, 0, options, variant)))) {
                    save(wb, target.resolve(table.fileStem() + extension(options, variant)));
                }
            }
        }
        return printed;
    }

    /** The file extension a workbook gets: its format's, or the other one when the variant mislabels files. */
    public static String extension(SampleOptions options, LayoutVariant variant) {
        SampleOptions.FileFormat named = !variant.extensionMismatch() ? options.fileFormat()
                : options.fileFormat() == SampleOptions.FileFormat.XLSX ? SampleOptions.FileFormat.XLS
                : SampleOptions.FileFormat.XLSX;
        return named.extension();
    }

    /** One workbook holding the given tables on sheets of the given names, in that order. */
    public static Workbook workbook(DepartmentAccounts accounts, SampleOptions options, List<FinalAccountTable> tables,
                                    List<String> sheetNames) {
        return workbook(accounts, options, LayoutVariant.standard(), tables, sheetNames);
    }

    static Workbook workbook(DepartmentAccounts accounts, SampleOptions options, LayoutVariant variant,
                             List<FinalAccountTable> tables, List<String> sheetNames) {
        Workbook wb = options.fileFormat() == SampleOptions.FileFormat.XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(wb);
        ExtraSheets extras = new ExtraSheets(wb, accounts, variant, tables);
        extras.front();
        if (variant.stacked()) {
            // Every table on one sheet, one under the other, two blank rows apart.
            Sheet sheet = wb.createSheet(variant.oddSheetNames() ? "决算报表 " : "Sheet1");
            int top = 0;
            for (FinalAccountTable table : tables) {
                SheetCanvas canvas = new SheetCanvas(sheet, styles, options, variant, top);
                writeTable(canvas, table, accounts);
                top += canvas.end() + 2;
            }
        } else {
            for (int i = 0; i < tables.size(); i++) {
                Sheet sheet = wb.createSheet(sheetNames.get(i));
                writeTable(new SheetCanvas(sheet, styles, options, variant, 0), tables.get(i), accounts);
            }
        }
        extras.back();
        fixProperties(wb, accounts);
        return wb;
    }

    static void writeTable(SheetCanvas canvas, FinalAccountTable table, DepartmentAccounts accounts) {
        LayoutVariant variant = canvas.variant();
        if (table == FinalAccountTable.T09 && variant.t09FunctionalRows()) {
            FunctionalSheetWriter.write(canvas, table, VariantAccounts.T09_FUNCTIONAL_COLUMNS,
                    accounts.rows(table.code()), accounts);
            return;
        }
        if (table == FinalAccountTable.T07 && variant.t07EconomicRows()
                || table == FinalAccountTable.T05 && VariantAccounts.byEconomicClass(accounts.rows(table.code()))) {
            FunctionalSheetWriter.write(canvas, table, VariantAccounts.T07_ECONOMIC_COLUMNS,
                    accounts.rows(table.code()), accounts);
            return;
        }
        PrintedLayout layout = PrintedLayouts.of(table);
        if (layout instanceof PrintedLayout.Functional f) {
            FunctionalSheetWriter.write(canvas, f, accounts);
        } else if (layout instanceof PrintedLayout.FixedLines f) {
            FixedLinesSheetWriter.write(canvas, f, accounts);
        } else if (layout instanceof PrintedLayout.EconomicGroups e) {
            EconomicGroupsSheetWriter.write(canvas, e, accounts);
        } else if (layout instanceof PrintedLayout.SingleRow s) {
            SingleRowSheetWriter.write(canvas, s, accounts);
        }
    }

    /** The tables in sheet order: T01…T13, or shuffled with the options' fixed seed. */
    static List<FinalAccountTable> sheetOrder(SampleOptions options) {
        return sheetOrder(Arrays.asList(FinalAccountTable.values()), options);
    }

    static List<FinalAccountTable> sheetOrder(List<FinalAccountTable> tables, SampleOptions options) {
        List<FinalAccountTable> order = new ArrayList<>(tables);
        if (options.sheetOrder() == SampleOptions.SheetOrder.SHUFFLED) {
            Collections.shuffle(order, new Random(options.shuffleSeed()));
        }
        return order;
    }

    static List<String> sheetNames(List<FinalAccountTable> order, SampleOptions options) {
        return sheetNames(order, options, LayoutVariant.standard());
    }

    static List<String> sheetNames(List<FinalAccountTable> order, SampleOptions options, LayoutVariant variant) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            numbers.add(i);
        }
        if (options.sheetOrder() == SampleOptions.SheetOrder.SHUFFLED) {
            // A second, independent shuffle: SheetN then says nothing about the table either.
            Collections.shuffle(numbers, new Random(options.shuffleSeed() + 1));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            names.add(sheetName(order.get(i), numbers.get(i), options, variant));
        }
        return names;
    }

    private static String sheetName(FinalAccountTable table, int index, SampleOptions options, LayoutVariant variant) {
        String name = switch (options.sheetNaming()) {
            case TITLE -> table.title();
            case LABEL -> table.label();
            case SHEET_N -> "Sheet" + (index + 1);
        };
        if (!variant.oddSheetNames()) {
            return name;
        }
        // Trailing spaces, or the internal-report style "Z01 收入支出决算总表(财决01表)" cut to Excel's 31 characters.
        String odd = table.number() % 2 == 0 ? name + "  "
                : String.format("Z%02d %s(财决%02d表)", table.number(), table.title(), table.number());
        return odd.length() > 31 ? odd.substring(0, 31) : odd;
    }

    private static void fixProperties(Workbook wb, DepartmentAccounts accounts) {
        String title = accounts.departmentName() + accounts.fiscalYear() + "年度部门决算公开表";
        if (wb instanceof XSSFWorkbook x) {
            POIXMLProperties.CoreProperties core = x.getProperties().getCoreProperties();
            core.setCreator(AUTHOR);
            core.setTitle(title);
            core.setCreated(Optional.of(DOCUMENT_DATE));
            core.setModified(Optional.of(DOCUMENT_DATE));
            core.setLastModifiedByUser(AUTHOR);
        } else if (wb instanceof HSSFWorkbook h) {
            h.createInformationProperties();
            // Declare the text encoding, so readers (and POI itself) need not guess it for the Chinese title.
            h.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
            h.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UNICODE);
            SummaryInformation info = h.getSummaryInformation();
            info.setAuthor(AUTHOR);
            info.setTitle(title);
            info.setCreateDateTime(DOCUMENT_DATE);
            info.setLastSaveDateTime(DOCUMENT_DATE);
            info.setLastAuthor(AUTHOR);
        }
    }

    private static void save(Workbook wb, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            // Fixed zip entry times too, so a rerun produces byte-identical files, not just equal content.
            Reproducibility.runWithSourceDateEpoch(() -> wb.write(out));
        }
    }
}
