package org.juesuan.load;

import java.sql.Connection;
import java.sql.PreparedStatement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.juesuan.mapping.Classification;
import org.juesuan.mapping.ClassificationCatalog;
import org.juesuan.mapping.ClassificationCatalog.Kind;
import org.springframework.stereotype.Component;

/**
 * Loads the reference catalogs shipped in the jar (reference/*.csv) into the classification
 * dimensions. A Java migration because the rows come from the same CSV files the mapper reads.
 */
@Component
public class V2__Load_classification_catalogs extends BaseJavaMigration {

    private final ClassificationCatalog catalog;

    public V2__Load_classification_catalogs(ClassificationCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        load(connection, Kind.FUNCTIONAL, "dim_functional_class");
        load(connection, Kind.ECONOMIC, "dim_economic_class");
    }

    private void load(Connection connection, Kind kind, String table) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " (code, name, level, parent_code, years_seen, from_catalog) VALUES (?, ?, ?, ?, ?, TRUE)")) {
            for (Classification c : catalog.all(kind)) {
                insert.setString(1, c.code());
                insert.setString(2, c.name());
                insert.setInt(3, c.level());
                insert.setString(4, c.parentCode().isEmpty() ? null : c.parentCode());
                insert.setString(5, c.yearsSeen().isEmpty() ? null : c.yearsSeen());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
