package org.juesuan.bench;

import java.io.InputStream;
import java.nio.file.Path;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The textbook POI event API (as in POI's XLSX2CSV example): SAX + XSSFSheetXMLHandler + DataFormatter. */
final class PoiSaxParse implements WorkbookParse {

    @Override
    public String name() {
        return "poi-sax";
    }

    @Override
    public Tally parse(Path workbook) throws Exception {
        Counter counter = new Counter();
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            DataFormatter formatter = new DataFormatter();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, counter, formatter, false));
                    parser.parse(new InputSource(in));
                }
            }
        }
        return new Tally(counter.cells, counter.characters);
    }

    private static final class Counter implements XSSFSheetXMLHandler.SheetContentsHandler {
        long cells;
        long characters;

        @Override
        public void startRow(int rowNum) {
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (formattedValue != null && !formattedValue.isEmpty()) {
                cells++;
                characters += formattedValue.length();
            }
        }
    }
}
