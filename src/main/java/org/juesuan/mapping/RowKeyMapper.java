package org.juesuan.mapping;

import java.util.List;

import org.juesuan.layout.DetectedTable;
import org.juesuan.layout.TableLayouts;
import org.juesuan.model.Finding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Gives every body row its row key (docs/contract.md §3): a functional or economic code, the class code
 * of a named class line, a fixed-line key, or TOTAL. Codes missing from the catalogs are kept
 * and reported (WARNING against the year's complete official catalog, INFO against the shipped
 * partial ones); rows that cannot be keyed are reported as ERRORs. Rows arrive one at a time as
 * the table streams past ({@link TableMapping}).
 */
@Component
public class RowKeyMapper {

    private final ClassificationCatalog catalog;
    private final TableLayouts layouts;
    private final OfficialCatalogs official;

    public RowKeyMapper(ClassificationCatalog catalog, TableLayouts layouts) {
        this(catalog, layouts, OfficialCatalogs.NONE);
    }

    @Autowired
    public RowKeyMapper(ClassificationCatalog catalog, TableLayouts layouts, ObjectProvider<OfficialCatalogs> official) {
        this(catalog, layouts, official.getIfAvailable(() -> OfficialCatalogs.NONE));
    }

    public RowKeyMapper(ClassificationCatalog catalog, TableLayouts layouts, OfficialCatalogs official) {
        this.catalog = catalog;
        this.layouts = layouts;
        this.official = official;
    }

    /**
     * Starts mapping one table; feed it the table's rows, then take {@link TableMapping#result()}.
     *
     * @param codesReported codes already reported for this submission: a code missing from the
     *                      catalog is reported once, not once per table that prints it
     */
    public TableMapping start(DetectedTable table, List<Finding> findings, CodesSeen codesReported) {
        return new TableMapping(table, catalog, official, layouts, findings, codesReported);
    }
}
