package org.juesuan.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Reads .xlsx through POI's package layer and one plain StAX pass over each sheet's XML:
 * no usermodel objects, no styles, no formula evaluation (cached values are what the
 * department saw). This is the lean path the benchmarks measure.
 */
final class XlsxWorkbookReader {

    private static final XMLInputFactory XML = secureFactory();

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    List<SheetGrid> read(Path file) throws Exception {
        List<SheetGrid> sheets = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    SheetGrid grid = new SheetGrid(file.getFileName().toString(), it.getSheetName());
                    parseSheet(in, strings, grid);
                    sheets.add(grid);
                }
            }
        }
        return sheets;
    }

    private void parseSheet(InputStream in, ReadOnlySharedStringsTable strings, SheetGrid grid)
            throws XMLStreamException, IOException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            int row = -1;
            int nextColumn = 0;
            String ref = null;
            String type = null;
            StringBuilder value = new StringBuilder();
            boolean inValue = false;
            boolean inCell = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            String r = xml.getAttributeValue(null, "r");
                            row = r != null ? Integer.parseInt(r) - 1 : row + 1;
                            nextColumn = 0;
                        }
                        case "c" -> {
                            inCell = true;
                            ref = xml.getAttributeValue(null, "r");
                            type = xml.getAttributeValue(null, "t");
                            value.setLength(0);
                        }
                        case "v", "t" -> inValue = inCell;
                        case "mergeCell" -> {
                            CellRangeAddress range = CellRangeAddress.valueOf(xml.getAttributeValue(null, "ref"));
                            grid.addMerge(new SheetGrid.Merge(range.getFirstRow(), range.getLastRow(),
                                    range.getFirstColumn(), range.getLastColumn()));
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (inValue) {
                        value.append(xml.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "v", "t" -> inValue = false;
                        case "c" -> {
                            int column = ref != null ? new CellReference(ref).getCol() : nextColumn;
                            nextColumn = column + 1;
                            GridCell cell = toCell(type, value.toString(), strings);
                            if (cell != null) {
                                grid.put(row, column, cell);
                            }
                            inCell = false;
                        }
                        default -> { }
                    }
                }
            }
        } finally {
            xml.close();
        }
    }

    private static GridCell toCell(String type, String raw, ReadOnlySharedStringsTable strings) {
        if (raw.isEmpty()) {
            return null;
        }
        if (type == null || type.equals("n")) {
            return new GridCell(Numbers.plain(raw), true);
        }
        return switch (type) {
            case "s" -> new GridCell(strings.getItemAt(Integer.parseInt(raw.strip())).getString(), false);
            case "b" -> new GridCell(raw.equals("1") ? "TRUE" : "FALSE", false);
            case "e" -> new GridCell(raw, false); // #REF! etc.: kept as text so an amount column reports it
            default -> new GridCell(raw, false); // str (formula text), inlineStr
        };
    }

}
