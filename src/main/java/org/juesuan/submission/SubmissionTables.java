package org.juesuan.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.juesuan.layout.DetectedTable;
import org.juesuan.layout.LayoutException;
import org.juesuan.layout.TableScanner;
import org.juesuan.layout.TableSink;
import org.juesuan.mapping.CodesSeen;
import org.juesuan.mapping.MappedTable;
import org.juesuan.mapping.RowKeyMapper;
import org.juesuan.mapping.TableMapping;
import org.juesuan.model.Finding;
import org.juesuan.model.Messages;
import org.juesuan.model.TableCode;
import org.juesuan.read.CellLengthLimit;
import org.juesuan.read.SheetRows;
import org.juesuan.read.UnreadableWorkbookException;
import org.juesuan.read.WorkbookReader;
import org.juesuan.read.WorkbookRows;
import org.springframework.stereotype.Component;

/**
 * The files of one submission through read → detect → extract → map, streaming: each sheet is
 * read once, row by row, and only keyed rows are kept. A table printed twice is read once (the
 * first) and reported.
 */
@Component
public class SubmissionTables {

    private final WorkbookReader reader;
    private final TableScanner scanner;
    private final RowKeyMapper mapper;

    public SubmissionTables(WorkbookReader reader, TableScanner scanner, RowKeyMapper mapper) {
        this.reader = reader;
        this.scanner = scanner;
        this.mapper = mapper;
    }

    /**
     * @param displayName how the submission is named in a refusal (its file or folder)
     * @return the tables found, in the order met
     * @throws LayoutException when no sheet carries a table title, or a table cannot be read
     */
    public List<MappedTable> read(List<Path> files, String displayName, List<Finding> findings)
            throws UnreadableWorkbookException, LayoutException {
        Map<TableCode, DetectedTable> seen = new EnumMap<>(TableCode.class);
        List<TableMapping> mappings = new ArrayList<>();
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("(20\\d{2})").matcher(displayName);
        CodesSeen codesReported = new CodesSeen(year.find() ? Integer.valueOf(year.group(1)) : null);
        List<String> sheetNames = new ArrayList<>();
        TableSink sink = table -> {
            DetectedTable earlier = seen.putIfAbsent(table.layout().code(), table);
            if (earlier != null) {
                findings.add(Finding.of("READ-DUPLICATE-TABLE", table.layout().code(),
                        List.of(table.titleCell(), earlier.titleCell()), Messages.table(table.layout().code()),
                        earlier.titleCell()));
                return null;
            }
            TableMapping mapping = mapper.start(table, findings, codesReported);
            mappings.add(mapping);
            return mapping;
        };
        for (Path file : files) {
            try (WorkbookRows workbook = reader.open(file)) {
                for (SheetRows sheet = workbook.nextSheet(); sheet != null; sheet = workbook.nextSheet()) {
                    sheetNames.add(sheet.sheetName());
                    scanner.scan(CellLengthLimit.of(sheet), sink);
                }
            }
        }
        if (mappings.isEmpty()) {
            throw new LayoutException(Messages.text("refusal.not-submission", displayName, sheetNames.size(),
                    String.join("、", sheetNames.stream().limit(20).toList()) + (sheetNames.size() > 20 ? "……" : "")));
        }
        return mappings.stream().map(TableMapping::result).toList();
    }
}
