package org.juesuan.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.juesuan.model.Messages;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.model.TableCode;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads what a summary sums from the warehouse: the current versions of a year, and the sums of their facts. */
public final class SummarySources {

    private final JdbcTemplate jdbc;

    public SummarySources(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The departments in scope with their current versions, and their facts summed per table, row and column. */
    public ConsolidatedAccounts load(SummaryScope scope) throws SummaryScopeException {
        List<DepartmentVersion> current = current(scope.year());
        List<DepartmentVersion> inScope = inScope(scope, current);
        List<DepartmentVersion> included = inScope.stream().filter(d -> !scope.onlyClean() || d.clean()).toList();
        List<DepartmentVersion> leftOut = inScope.stream().filter(d -> !included.contains(d)).toList();
        if (included.isEmpty()) {
            throw new SummaryScopeException(Messages.text("summary.usage.nothing", scope.year(), inScope.size(),
                    inScope.stream().filter(DepartmentVersion::clean).count()));
        }
        return new ConsolidatedAccounts(scope, included, leftOut, sums(scope.year(), included));
    }

    /** Every department's current version of the year, by name. */
    public List<DepartmentVersion> current(int year) {
        return jdbc.query("SELECT s.department_name, s.version, s.status, s.error_count, d.region FROM submission s "
                        + "LEFT JOIN dim_department d ON d.department_name = s.department_name "
                        + "WHERE s.is_current = TRUE AND s.fiscal_year = ? AND s.department_name IS NOT NULL "
                        + "ORDER BY s.department_name",
                (rs, n) -> new DepartmentVersion(rs.getString(1), rs.getInt(2),
                        SubmissionStatus.valueOf(rs.getString(3).trim()), rs.getInt(4), rs.getString(5)), year);
    }

    private static List<DepartmentVersion> inScope(SummaryScope scope, List<DepartmentVersion> current)
            throws SummaryScopeException {
        Map<String, DepartmentVersion> byName = current.stream().collect(Collectors.toMap(DepartmentVersion::name,
                d -> d, (a, b) -> a, LinkedHashMap::new));
        String loaded = String.join("、", byName.keySet());
        if (!scope.departments().isEmpty()) {
            List<DepartmentVersion> named = new ArrayList<>();
            for (String name : scope.departments()) {
                DepartmentVersion d = byName.get(name.strip());
                if (d == null) {
                    throw new SummaryScopeException(Messages.text("summary.usage.unknown-department", scope.year(),
                            name, loaded));
                }
                if (!named.contains(d)) {
                    named.add(d);
                }
            }
            return named;
        }
        if (scope.region() != null) {
            List<DepartmentVersion> inRegion = current.stream()
                    .filter(d -> scope.region().equals(d.region()) && !SummaryScope.isSummary(d.name())).toList();
            if (inRegion.isEmpty()) {
                String regions = current.stream().map(DepartmentVersion::region).filter(r -> r != null).distinct()
                        .sorted().collect(Collectors.joining("、"));
                throw new SummaryScopeException(Messages.text("summary.usage.unknown-region", scope.year(),
                        scope.region(), regions));
            }
            return inRegion;
        }
        return current.stream().filter(d -> !SummaryScope.isSummary(d.name())).toList();
    }

    private Map<TableCode, Map<String, SummedRow>> sums(int year, List<DepartmentVersion> included) {
        String marks = String.join(",", Collections.nCopies(included.size(), "?"));
        List<Object> args = new ArrayList<>();
        args.add(year);
        included.forEach(d -> args.add(d.name()));
        Map<TableCode, Map<String, String>> names = new EnumMap<>(TableCode.class);
        Map<TableCode, Map<String, Map<String, BigDecimal>>> amounts = new EnumMap<>(TableCode.class);
        jdbc.query("SELECT table_code, row_key, column_key, SUM(amount_yuan), MAX(row_name) FROM v_fact "
                        + "WHERE fiscal_year = ? AND department_name IN (" + marks + ") "
                        + "GROUP BY table_code, row_key, column_key",
                rs -> {
                    TableCode table = TableCode.valueOf(rs.getString(1).trim());
                    String row = rs.getString(2);
                    amounts.computeIfAbsent(table, t -> new TreeMap<>()).computeIfAbsent(row, r -> new TreeMap<>())
                            .put(rs.getString(3), rs.getBigDecimal(4));
                    if (rs.getString(5) != null) {
                        names.computeIfAbsent(table, t -> new TreeMap<>()).putIfAbsent(row, rs.getString(5));
                    }
                }, args.toArray());
        Map<TableCode, Map<String, SummedRow>> tables = new EnumMap<>(TableCode.class);
        amounts.forEach((table, rows) -> {
            Map<String, SummedRow> summed = new LinkedHashMap<>();
            rows.forEach((key, columns) -> summed.put(key, new SummedRow(key,
                    names.getOrDefault(table, Map.of()).get(key), Collections.unmodifiableMap(columns))));
            tables.put(table, Collections.unmodifiableMap(summed));
        });
        return tables;
    }
}
