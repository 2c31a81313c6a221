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

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.juesuan.model.CellRef;

/**
 * Writes a copy of the submitted workbook(s) in which every cell a finding involves is filled
 * (red for ERROR, yellow for WARNING) and carries a comment with the findings' messages — the
 * file a finance officer sends back to the department. The submitted file is never modified.
 */
public final class AnnotatedWorkbookWriter {

    private AnnotatedWorkbookWriter() {
    }

    /** @return the annotated files written into {@code outDir} */
    public static List<Path> write(SubmissionReport report, Path outDir) throws IOException {
        Path source = Path.of(report.sourcePath());
        Map<String, Map<CellRef, List<SubmissionReport.Item>>> byFile = new LinkedHashMap<>();
        for (SubmissionReport.Item finding : report.findings()) {
            if (finding.severity().equals("INFO")) {
                continue; // a note for the bureau, never in the workbook sent back
            }
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
            annotate(original, file.getValue(), target);
            written.add(target);
        }
        return written;
    }

    static String annotatedName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName + ".annotated" : fileName.substring(0, dot) + ".annotated" + fileName.substring(dot);
    }

    private static void annotate(Path original, Map<CellRef, List<SubmissionReport.Item>> cells, Path target)
            throws IOException {
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
                Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
                Cell cell = row.getCell(ref.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
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
                    text.append(text.length() > 0 ? "\n" : "").append('[').append(f.severity()).append("] ")
                            .append(f.ruleId()).append(": ").append(f.message());
                }
                Drawing<?> drawing = drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
                // The anchor's top-left must be the cell itself: XSSF files the comment under that address.
                ClientAnchor anchor = factory.createClientAnchor();
                anchor.setCol1(ref.getCol());
                anchor.setCol2(ref.getCol() + 5);
                anchor.setRow1(ref.getRow());
                anchor.setRow2(ref.getRow() + 6);
                cell.removeCellComment();
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(factory.createRichTextString(text.toString()));
                comment.setAuthor("juesuan");
                cell.setCellComment(comment);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }
}
