package org.juesuan.disclosure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.juesuan.support.ImportedSamplesWarehouse;

/** The committed samples (2022 and 2023) in the shared MariaDB test warehouse, and how the tests read them back. */
abstract class SamplesInMariaDb extends ImportedSamplesWarehouse {

    static final String MIYI = "米易县经济信息化和科学技术局";
    static final String AGRICULTURE = "米易县农业农村局";

    DepartmentYear year(String department, int year) {
        return new WarehouseFigures(jdbc).load(department, year).orElseThrow();
    }

    List<TextCheck> check(Path text, String department, int year) throws IOException {
        return new NarrativeChecker(FigureVocabulary.load()).check(NarrativeText.read(text), year(department, year),
                year(department, year - 1));
    }
}
