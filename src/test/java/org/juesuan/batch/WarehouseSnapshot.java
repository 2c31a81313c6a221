package org.juesuan.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;

import org.juesuan.support.MariaDbTestDatabase;

/** v_fact of a warehouse as a row count and a SHA-256 over every row in a fixed order, for comparing two runs. */
record WarehouseSnapshot(long rows, String checksum, long departments) {

    static WarehouseSnapshot of(String url) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long rows = 0;
        try (Connection c = DriverManager.getConnection(url, MariaDbTestDatabase.USER, MariaDbTestDatabase.PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT department_name, fiscal_year, table_code, row_key, row_name, "
                     + "column_key, amount_yuan, submission_status, source_file, source_sheet, source_cell FROM v_fact "
                     + "ORDER BY department_name, fiscal_year, table_code, row_key, column_key")) {
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= 11; i++) {
                    line.append(rs.getString(i)).append('|');
                }
                digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                rows++;
            }
            try (ResultSet d = s.executeQuery("SELECT COUNT(DISTINCT department_name) FROM v_fact")) {
                d.next();
                return new WarehouseSnapshot(rows, HexFormat.of().formatHex(digest.digest()), d.getLong(1));
            }
        }
    }
}
