package org.juesuan.read;

import org.juesuan.model.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.TreeMap;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Streams .xlsx through POI's package layer and one plain StAX pass over each sheet's XML: no
 * usermodel objects, no styles, no formula evaluation (cached values are what the department
 * saw). Only the current row is held, whatever the size of the sheet; the merged regions, which
 * the file stores after the rows, are taken first ({@link SheetXmlMerges}).
 */
final class XlsxWorkbookReader implements WorkbookRows {

    private static final XMLInputFactory XML = secureFactory();

    private final String fileName;
    private final OPCPackage pkg;
    private final SharedTexts strings;
    private final XSSFReader.SheetIterator sheets;
    private final long bufferLimit;
    private XlsxSheetRows current;

    /**
     * @param bufferLimit sheets whose XML is at most this many bytes are inflated once into memory;
     *                    larger ones are inflated twice (merges, then rows) so memory stays flat
     */
    XlsxWorkbookReader(Path file, long bufferLimit) throws Exception {
        this.fileName = file.getFileName().toString();
        this.bufferLimit = bufferLimit;
        this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            this.strings = new SharedTexts(new ReadOnlySharedStringsTable(pkg, false));
            this.sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        } catch (Exception | Error e) {
            pkg.revert();
            throw e;
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    @Override
    public SheetRows nextSheet() throws UnreadableWorkbookException {
        closeCurrent();
        if (!sheets.hasNext()) {
            return null;
        }
        String sheetName = "?";
        try {
            InputStream first = sheets.next();
            sheetName = sheets.getSheetName();
            PackagePart part = sheets.getSheetPart();
            long size = part.getSize();
            InputStream rows;
            MergedRegions merges;
            if (size >= 0 && size <= bufferLimit) {
                byte[] xml;
                try (first) {
                    xml = first.readAllBytes();
                }
                merges = SheetXmlMerges.of(xml);
                rows = new ByteArrayInputStream(xml);
            } else {
                try (first) {
                    merges = SheetXmlMerges.of(first);
                }
                rows = part.getInputStream();
            }
            current = new XlsxSheetRows(fileName, sheetName, merges, rows, XML.createXMLStreamReader(rows), strings);
            return current;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new UnreadableWorkbookException(Messages.text("refusal.sheet-unreadable", fileName, sheetName,
                    e.getClass().getSimpleName() + ": " + e.getMessage()), e);
        }
    }

    private void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    @Override
    public void close() {
        closeCurrent();
        pkg.revert(); // read-only: nothing to save
    }

    /** One sheet's rows from its XML: {@code <row>} elements of {@code <c>} cells with {@code <v>}/{@code <is>} values. */
    /**
     * The shared strings as plain text, each built once: POI's table makes an xmlbeans rich-text object on every
     * lookup, which cost a tenth of the parse (issue 15's profile) for cells that mostly repeat a few labels.
     */
    static final class SharedTexts {
        private final ReadOnlySharedStringsTable table;
        private final String[] texts;

        SharedTexts(ReadOnlySharedStringsTable table) {
            this.table = table;
            // the count is what the file says: bounded, so that a false one cannot claim much memory
            this.texts = new String[Math.max(0, Math.min(table.getUniqueCount(), 1 << 20))];
        }

        String text(int index) {
            if (index < 0 || index >= texts.length) {
                return table.getItemAt(index).getString(); // POI says what is wrong with the index
            }
            String text = texts[index];
            if (text == null) {
                text = table.getItemAt(index).getString();
                texts[index] = text;
            }
            return text;
        }
    }

    /**
     * The 0-based column of a cell reference as sheet XML writes it ("AB12"), without POI's regular expression per
     * cell (a tenth of the parse in issue 15's profile); anything unusual goes to POI's {@code CellReference}.
     */
    static int column(String ref) {
        int column = 0;
        int i = 0;
        int length = ref.length();
        while (i < length) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            i++;
        }
        if (i == 0 || i == length || i > 3 || !digitsOnly(ref, i)) {
            return new CellReference(ref).getCol();
        }
        return column - 1;
    }

    private static boolean digitsOnly(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static final class XlsxSheetRows implements SheetRows {
        private final String fileName;
        private final String sheetName;
        private final MergedRegions merges;
        private final InputStream in;
        private final XMLStreamReader xml;
        private final SharedTexts strings;
        private int row = -1;
        private String lastCell = "A1";
        private boolean done;

        XlsxSheetRows(String fileName, String sheetName, MergedRegions merges, InputStream in, XMLStreamReader xml,
                      SharedTexts strings) {
            this.fileName = fileName;
            this.sheetName = sheetName;
            this.merges = merges;
            this.in = in;
            this.xml = xml;
            this.strings = strings;
        }

        @Override public String fileName() { return fileName; }
        @Override public String sheetName() { return sheetName; }
        @Override public MergedRegions merges() { return merges; }

        @Override
        public SheetRow nextRow() throws UnreadableWorkbookException {
            try {
                while (!done) {
                    SheetRow next = readRow();
                    if (next != null && !next.isEmpty()) {
                        return next;
                    }
                }
                return null;
            } catch (XMLStreamException | RuntimeException e) {
                throw new UnreadableWorkbookException(Messages.text("refusal.sheet-xml-broken",
                        fileName + " › " + sheetName + " › " + lastCell,
                        String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip()), e);
            }
        }

        /** Reads up to the end of the next {@code <row>}; null at the end of the sheet data. */
        private SheetRow readRow() throws XMLStreamException {
            TreeMap<Integer, GridCell> cells = null;
            boolean hidden = false;
            int nextColumn = 0;
            String ref = null;
            String type = null;
            StringBuilder value = new StringBuilder();
            StringBuilder formula = new StringBuilder();
            boolean inValue = false;
            boolean inFormula = false;
            boolean inCell = false;
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            String r = xml.getAttributeValue(null, "r");
                            row = r != null ? Integer.parseInt(r.strip()) - 1 : row + 1;
                            String h = xml.getAttributeValue(null, "hidden");
                            hidden = "1".equals(h) || "true".equals(h);
                            cells = new TreeMap<>();
                            nextColumn = 0;
                        }
                        case "c" -> {
                            inCell = true;
                            ref = xml.getAttributeValue(null, "r");
                            type = xml.getAttributeValue(null, "t");
                            value.setLength(0);
                            formula.setLength(0);
                        }
                        case "v", "t" -> inValue = inCell && phonetic == 0;
                        case "f" -> inFormula = inCell;
                        case "rPh" -> phonetic++; // phonetic guide text (ruby) is not part of the cell text
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (inValue) {
                        value.append(xml.getText());
                    } else if (inFormula) {
                        formula.append(xml.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "v", "t" -> inValue = false;
                        case "f" -> inFormula = false;
                        case "rPh" -> phonetic--;
                        case "c" -> {
                            int column = ref != null ? column(ref) : nextColumn;
                            nextColumn = column + 1;
                            lastCell = ref != null ? ref : CellReference.convertNumToColString(column) + (row + 1);
                            GridCell cell = toCell(type, value.toString(), formula.toString());
                            if (cell != null && cells != null) {
                                cells.put(column, cell);
                            }
                            inCell = false;
                        }
                        case "row" -> {
                            return new SheetRow(row, cells, hidden);
                        }
                        case "sheetData" -> {
                            done = true;
                            return null;
                        }
                        default -> { }
                    }
                }
            }
            done = true;
            return null;
        }

        private GridCell toCell(String type, String raw, String formula) {
            if (raw.isEmpty()) {
                // A formula never computed (written by a tool, not by Excel/WPS) has no cached value:
                // keep it visible, so an amount column refuses it instead of reading a zero.
                return formula.isBlank() ? null : new GridCell("=" + formula.strip(), false);
            }
            if (type == null || type.equals("n")) {
                return new GridCell(Numbers.plain(raw), true);
            }
            return switch (type) {
                case "s" -> GridCell.text(strings.text(Integer.parseInt(raw.strip())));
                case "b" -> new GridCell(raw.strip().equals("1") ? "TRUE" : "FALSE", false);
                default -> GridCell.text(raw); // e (#REF! …), str (formula text), inlineStr, d (ISO date)
            };
        }

        void close() {
            try {
                xml.close();
                in.close();
            } catch (XMLStreamException | IOException e) {
                // closing a read-only stream: nothing to lose
            }
        }
    }
}
