package org.juesuan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.juesuan.layout.Unit;
import org.juesuan.model.CellRef;
import org.juesuan.model.Messages;
import org.juesuan.model.Severity;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.model.TableCode;

/**
 * Writes a copy of the submitted workbook(s) for the department: a first sheet 审核结果 listing every finding
 * (ERROR and WARNING; INFO is for the bureau only) with a link to its cell, and every cell a finding involves
 * filled (red for 错误, yellow for 提示) with the findings appended to the cell's comment — the department's own
 * comment stays. A refused file whose reason names a cell gets a copy marking that cell. The submitted file is
 * never modified.
 */
public final class AnnotatedWorkbookWriter {

    private AnnotatedWorkbookWriter() {
    }

    /** @return the annotated files written into {@code outDir} */
    public static List<Path> write(SubmissionReport report, Path outDir) throws IOException {
        Path source = Path.of(report.sourcePath());
        Map<String, Map<CellRef, List<SubmissionReport.Item>>> byFile = new LinkedHashMap<>();
        for (SubmissionReport.Item finding : sentBack(report)) {
            for (CellRef cell : finding.cells()) {
                byFile.computeIfAbsent(cell.file(), f -> new LinkedHashMap<>())
                        .computeIfAbsent(cell, c -> new ArrayList<>()).add(finding);
            }
        }
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Map<CellRef, List<SubmissionReport.Item>>> file : byFile.entrySet()) {
            Path original = Files.isDirectory(source) ? source.resolve(file.getKey()) : source;
            if (!Files.isRegularFile(original)) {
                continue; // moved away since the import; the HTML report still lists the cells
            }
            Path target = outDir.resolve(annotatedName(file.getKey()));
            if (annotate(report, original, file.getKey(), file.getValue(), target)) {
                written.add(target);
            }
        }
        return written;
    }

    /** Whether the department gets an annotated copy at all: a finding for it, or a refusal naming a cell. */
    public static boolean hasAnythingToMark(SubmissionReport report) {
        return !sentBack(report).isEmpty();
    }

    /** What the department sees: its ERROR and WARNING findings, or the refusal when it names a cell. */
    static List<SubmissionReport.Item> sentBack(SubmissionReport report) {
        List<SubmissionReport.Item> items = new ArrayList<>(report.findings().stream()
                .filter(f -> !Severity.INFO.name().equals(f.severity())).toList());
        CellRef refused = report.rejectCell();
        if (refused != null) {
            items.add(0, new SubmissionReport.Item(null, Severity.ERROR.name(), null, report.rejectReason(), null, null,
                    List.of(refused)));
        }
        return items;
    }

    static String annotatedName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName + ".annotated" : fileName.substring(0, dot) + ".annotated" + fileName.substring(dot);
    }

    private static boolean annotate(SubmissionReport report, Path original, String fileName,
                                    Map<CellRef, List<SubmissionReport.Item>> cells, Path target) throws IOException {
        // Opened from a stream: an in-memory copy POI may add comment parts to; the original stays untouched.
        try (InputStream in = Files.newInputStream(original); Workbook workbook = WorkbookFactory.create(in)) {
            CreationHelper factory = workbook.getCreationHelper();
            Map<String, CellStyle> styles = new HashMap<>();
            Map<Sheet, Drawing<?>> drawings = new HashMap<>();
            for (Map.Entry<CellRef, List<SubmissionReport.Item>> entry : cells.entrySet()) {
                Sheet sheet = workbook.getSheet(entry.getKey().sheet());
                if (sheet == null) {
                    continue;
                }
                CellReference ref = new CellReference(entry.getKey().cell());
                Cell cell = cellAt(sheet, ref);
                boolean error = entry.getValue().stream().anyMatch(f -> f.severity().equals("ERROR"));
                cell.setCellStyle(styles.computeIfAbsent(cell.getCellStyle().getIndex() + (error ? "E" : "W"), k -> {
                    CellStyle style = workbook.createCellStyle();
                    style.cloneStyleFrom(cell.getCellStyle());
                    style.setFillForegroundColor((error ? IndexedColors.ROSE : IndexedColors.LIGHT_YELLOW).getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    return style;
                }));
                StringBuilder text = new StringBuilder();
                for (SubmissionReport.Item f : entry.getValue()) {
                    text.append(text.length() > 0 ? "\n" : "").append(Messages.text("workbook.comment.line",
                            Messages.text("severity." + f.severity()), f.message()));
                }
                appendComment(cell, text.toString(), factory, drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch));
            }
            summarySheet(workbook, report, fileName);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
            return true;
        } catch (org.apache.poi.EncryptedDocumentException | org.apache.poi.UnsupportedFileFormatException e) {
            return false; // a file POI cannot open either: the HTML report names the cell
        }
    }

    private static Cell cellAt(Sheet sheet, CellReference ref) {
        Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
        return row.getCell(ref.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    /** Adds our lines under the cell's existing comment (the department's note stays first), or a new comment. */
    private static void appendComment(Cell cell, String text, CreationHelper factory, Drawing<?> drawing) {
        Comment existing = cell.getCellComment();
        if (existing != null) {
            String before = existing.getString() == null ? "" : existing.getString().getString();
            existing.setString(factory.createRichTextString(before.isEmpty() ? text : before + "\n" + text));
            return;
        }
        // The anchor's top-left must be the cell itself: XSSF files the comment under that address.
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor(Messages.text("workbook.comment.author"));
        cell.setCellComment(comment);
    }

    /** The first sheet: what to fix, one line per finding, each linked to its cell in this file. */
    private static void summarySheet(Workbook workbook, SubmissionReport report, String fileName) {
        String name = Messages.text("workbook.summary-sheet");
        for (int n = 2; workbook.getSheet(name) != null; n++) {
            name = Messages.text("workbook.summary-sheet") + "（" + n + "）";
        }
        Sheet sheet = workbook.createSheet(name);
        workbook.setSheetOrder(name, 0);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        CreationHelper factory = workbook.getCreationHelper();
        CellStyle link = workbook.createCellStyle();
        Font blue = workbook.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link.setFont(blue);

        SubmissionStatus status = SubmissionStatus.valueOf(report.status());
        sheet.createRow(0).createCell(0).setCellValue(Messages.text("workbook.summary.heading",
                report.departmentName() == null ? fileName : report.departmentName(), Messages.status(status),
                report.count("ERROR"), report.count("WARNING")));
        Row header = sheet.createRow(2);
        String[] columns = {Messages.text("workbook.summary.no"), Messages.text("report.col.severity"),
                Messages.text("workbook.summary.table"), Messages.text("report.col.message"),
                Messages.text("workbook.summary.link"), Messages.text("workbook.summary.cause")};
        for (int c = 0; c < columns.length; c++) {
            header.createCell(c).setCellValue(columns[c]);
        }
        Map<SubmissionReport.Item, FindingGroups.Group> causes = new HashMap<>();
        FindingGroups.of(report.findings()).groups().forEach(g -> g.findings().forEach(f -> causes.put(f, g)));
        int r = 3;
        for (SubmissionReport.Item f : sentBack(report)) {
            CellRef target = f.cells().stream().filter(c -> c.file().equals(fileName)
                    && workbook.getSheet(c.sheet()) != null).findFirst().orElse(null);
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r - 2);
            row.createCell(1).setCellValue(Messages.text("severity." + f.severity()));
            row.createCell(2).setCellValue(f.table() == null ? "" : Messages.table(TableCode.valueOf(f.table())));
            row.createCell(3).setCellValue(f.message());
            if (target != null) {
                Cell cell = row.createCell(4);
                cell.setCellValue(target.sheet() + " › " + target.cell());
                Hyperlink hyperlink = factory.createHyperlink(HyperlinkType.DOCUMENT);
                hyperlink.setAddress(address(target));
                cell.setHyperlink(hyperlink);
                cell.setCellStyle(link);
            }
            FindingGroups.Group group = causes.get(f);
            if (group != null) {
                Unit unit = report.unitAt(group.cause(), f.table());
                row.createCell(5).setCellValue(Messages.text("workbook.summary.cause-cell",
                        group.cause().sheet() + " › " + group.cause().cell(), unit.fromYuan(group.difference()),
                        unit.label()));
            }
            r++;
        }
        sheet.setColumnWidth(2, 30 * 256);
        sheet.setColumnWidth(3, 90 * 256);
        sheet.setColumnWidth(4, 36 * 256);
        sheet.setColumnWidth(5, 40 * 256);
    }

    /** 'sheet name'!E9, the sheet name quoted as Excel quotes it. */
    static String address(CellRef cell) {
        return "'" + cell.sheet().replace("'", "''") + "'!" + cell.cell();
    }
}
