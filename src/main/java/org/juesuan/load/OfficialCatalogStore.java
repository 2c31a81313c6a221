package org.juesuan.load;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.juesuan.mapping.ClassificationCatalog.Kind;
import org.juesuan.mapping.OfficialCatalogs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official catalogs in the warehouse, by kind and year: imported (names upserted, codes no longer listed
 * retired), read back for the mapping, and summarised for {@code catalog status}. A process reads a year's list
 * once; an import in another process is seen by the next command.
 */
@Component
public class OfficialCatalogStore implements OfficialCatalogs {

    /** The three lists of 政府收支分类科目, as {@code --kind} names them. */
    public enum CatalogKind {
        FUNCTIONAL("functional", "支出功能分类科目"),
        ECONOMIC("economic", "部门预算支出经济分类科目"),
        GOV_ECONOMIC("gov-economic", "政府预算支出经济分类科目");

        public final String key;
        public final String title;

        CatalogKind(String key, String title) {
            this.key = key;
            this.title = title;
        }

        public static Optional<CatalogKind> of(String key) {
            for (CatalogKind k : values()) {
                if (k.key.equals(key)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** What an import changed. */
    public record Imported(int added, int renamed, int unchanged, int retired) {
    }

    /** One kind and year in the warehouse. */
    public record YearStatus(String kind, int fiscalYear, int codes, int retired, boolean complete, String sourceFile,
                             Instant importedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Map<String, Optional<Map<String, String>>> cache = new ConcurrentHashMap<>();

    public OfficialCatalogStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Imported importYear(CatalogKind kind, int year, List<OfficialCatalogFile.Entry> entries, String sourceFile,
                               boolean complete) {
        Map<String, String> existing = new HashMap<>();
        jdbc.query("SELECT code, name FROM official_catalog WHERE kind = ? AND fiscal_year = ?",
                rs -> { existing.put(rs.getString(1), rs.getString(2)); }, kind.key, year);
        int added = 0;
        int renamed = 0;
        for (OfficialCatalogFile.Entry e : entries) {
            String before = existing.get(e.code());
            if (before == null) {
                jdbc.update("INSERT INTO official_catalog (kind, fiscal_year, code, name, level, parent_code, retired) "
                        + "VALUES (?,?,?,?,?,?,FALSE)", kind.key, year, e.code(), e.name(), e.level(), e.parentCode());
                added++;
            } else {
                jdbc.update("UPDATE official_catalog SET name = ?, retired = FALSE WHERE kind = ? AND fiscal_year = ? "
                        + "AND code = ?", e.name(), kind.key, year, e.code());
                renamed += before.equals(e.name()) ? 0 : 1;
            }
        }
        Set<String> listed = entries.stream().map(OfficialCatalogFile.Entry::code).collect(Collectors.toSet());
        int retired = 0;
        if (complete) {
            for (String code : existing.keySet()) {
                if (!listed.contains(code)) {
                    retired += jdbc.update("UPDATE official_catalog SET retired = TRUE WHERE kind = ? AND fiscal_year = ? "
                            + "AND code = ? AND retired = FALSE", kind.key, year, code);
                }
            }
        }
        jdbc.update("DELETE FROM official_catalog_import WHERE kind = ? AND fiscal_year = ?", kind.key, year);
        Integer retiredNow = jdbc.queryForObject("SELECT COUNT(*) FROM official_catalog WHERE kind = ? AND fiscal_year = ? "
                + "AND retired = TRUE", Integer.class, kind.key, year);
        jdbc.update("INSERT INTO official_catalog_import (kind, fiscal_year, source_file, codes, retired, complete, "
                        + "imported_at) VALUES (?,?,?,?,?,?,?)", kind.key, year, truncate(sourceFile), entries.size(),
                retiredNow == null ? 0 : retiredNow, complete, Timestamp.from(Instant.now()));
        cache.clear();
        return new Imported(added, renamed, entries.size() - added - renamed, retired);
    }

    public List<YearStatus> status() {
        return jdbc.query("SELECT kind, fiscal_year, codes, retired, complete, source_file, imported_at "
                + "FROM official_catalog_import ORDER BY fiscal_year DESC, kind", (rs, n) -> new YearStatus(
                rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getBoolean(5), rs.getString(6),
                rs.getTimestamp(7).toInstant()));
    }

    @Override
    public Optional<Map<String, String>> complete(Kind kind, int year) {
        String key = kind == Kind.FUNCTIONAL ? CatalogKind.FUNCTIONAL.key : CatalogKind.ECONOMIC.key;
        return cache.computeIfAbsent(key + year, k -> {
            Integer complete = jdbc.queryForObject("SELECT COUNT(*) FROM official_catalog_import WHERE kind = ? "
                    + "AND fiscal_year = ? AND complete = TRUE", Integer.class, key, year);
            if (complete == null || complete == 0) {
                return Optional.empty();
            }
            Map<String, String> codes = new LinkedHashMap<>();
            jdbc.query("SELECT code, name FROM official_catalog WHERE kind = ? AND fiscal_year = ? AND retired = FALSE",
                    rs -> { codes.put(rs.getString(1), rs.getString(2)); }, key, year);
            return Optional.of(Map.copyOf(codes));
        });
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : "…" + s.substring(s.length() - 999);
    }
}
