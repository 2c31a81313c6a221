package org.juesuan.read;

import org.juesuan.model.Messages;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.springframework.stereotype.Component;

/**
 * Opens a workbook file for streaming, sheet by sheet and row by row. The format is taken from
 * the file's first bytes, not its extension: re-saved files often carry the wrong one.
 */
@Component
public class WorkbookReader {

    /** .xlsx sheets up to this size (uncompressed XML) are inflated once; larger ones stream twice. */
    public static final long DEFAULT_BUFFER_LIMIT = 8L << 20;

    private final long bufferLimit;

    public WorkbookReader() {
        this(DEFAULT_BUFFER_LIMIT);
    }

    /** @param bufferLimit see {@link #DEFAULT_BUFFER_LIMIT}; 0 streams every sheet twice (tests of that path) */
    public WorkbookReader(long bufferLimit) {
        this.bufferLimit = bufferLimit;
    }

    /** The workbook, ready to be read sheet by sheet; the caller closes it. */
    public WorkbookRows open(Path file) throws UnreadableWorkbookException {
        FileMagic magic = magicOf(file);
        try {
            return switch (magic) {
                case OOXML -> new XlsxWorkbookReader(file, bufferLimit);
                case OLE2 -> new XlsWorkbookReader(file);
                default -> throw new UnreadableWorkbookException(Messages.text("refusal.not-excel", file.getFileName(),
                        describe(magic)));
            };
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new UnreadableWorkbookException(Messages.text("refusal.encrypted", file.getFileName()), e);
        } catch (Exception e) {
            throw new UnreadableWorkbookException(Messages.text("refusal.corrupt", file.getFileName(),
                    e.getClass().getSimpleName() + ": " + e.getMessage()), e);
        }
    }

    /** Every sheet held in memory: for tools and tests; the import streams through {@link #open}. */
    public List<SheetGrid> read(Path file) throws UnreadableWorkbookException {
        List<SheetGrid> grids = new ArrayList<>();
        try (WorkbookRows workbook = open(file)) {
            for (SheetRows sheet = workbook.nextSheet(); sheet != null; sheet = workbook.nextSheet()) {
                SheetGrid grid = new SheetGrid(sheet.fileName(), sheet.sheetName(), sheet.merges());
                for (SheetRow row = sheet.nextRow(); row != null; row = sheet.nextRow()) {
                    grid.add(row);
                }
                grids.add(grid);
            }
        }
        return grids;
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case UNKNOWN -> Messages.text("refusal.not-excel.unknown");
            case PDF -> Messages.text("refusal.not-excel.pdf");
            case HTML, XML -> Messages.text("refusal.not-excel.web", magic);
            default -> Messages.text("refusal.not-excel.other", magic);
        };
    }

    private static FileMagic magicOf(Path file) throws UnreadableWorkbookException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (Files.size(file) == 0) {
                throw new UnreadableWorkbookException(Messages.text("refusal.empty", file.getFileName()));
            }
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(Messages.text("refusal.cannot-open", file.getFileName(),
                    e.getMessage()), e);
        }
    }
}
