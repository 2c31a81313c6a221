package org.juesuan.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.springframework.stereotype.Component;

/**
 * Reads a workbook file into sheet grids. The format is taken from the file's first bytes,
 * not its extension: re-saved files often carry the wrong one.
 */
@Component
public class WorkbookReader {

    public List<SheetGrid> read(Path file) throws UnreadableWorkbookException {
        FileMagic magic = magicOf(file);
        try {
            return switch (magic) {
                case OOXML -> new XlsxWorkbookReader().read(file);
                case OLE2 -> new XlsWorkbookReader().read(file);
                default -> throw new UnreadableWorkbookException(
                        file.getFileName() + ": not an Excel workbook (content looks like " + magic + ")");
            };
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new UnreadableWorkbookException(file.getFileName() + ": the workbook is password-protected", e);
        } catch (Exception e) {
            throw new UnreadableWorkbookException(file.getFileName() + ": the workbook is corrupt or unreadable ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private static FileMagic magicOf(Path file) throws UnreadableWorkbookException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (Files.size(file) == 0) {
                throw new UnreadableWorkbookException(file.getFileName() + ": the file is empty (0 bytes)");
            }
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(file.getFileName() + ": cannot be opened (" + e.getMessage() + ")", e);
        }
    }
}
