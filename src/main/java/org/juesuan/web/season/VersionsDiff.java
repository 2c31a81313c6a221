package org.juesuan.web.season;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.juesuan.layout.TableLayouts;
import org.juesuan.layout.Unit;
import org.juesuan.model.Messages;
import org.juesuan.model.TableCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What changed between two versions of one department's year, figure by figure, from the {@code fact} table
 * (amounts in 元 there) shown in each table's printed unit: the v2 → v3 question of the bureau.
 */
@Component
public class VersionsDiff {

    private final JdbcTemplate jdbc;
    private final TableLayouts layouts = new TableLayouts();

    public VersionsDiff(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Key(String table, String row, String column) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int t = table.compareTo(o.table);
            if (t != 0) {
                return t;
            }
            int r = row.compareTo(o.row);
            return r != 0 ? r : column.compareTo(o.column);
        }
    }

    private record Figure(BigDecimal yuan, String rowName, String cell) {
    }

    /**
     * @return the changed figures, by table, row and column; empty when the two are not versions of the same
     *         department and year
     */
    public Optional<List<FigureChange>> between(long older, long newer) {
        List<String> owners = jdbc.queryForList("SELECT DISTINCT CONCAT(department_name, '|', fiscal_year) FROM submission "
                + "WHERE id IN (?, ?) AND department_name IS NOT NULL", String.class, older, newer);
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE id IN (?, ?)", Integer.class,
                older, newer);
        if (owners.size() != 1 || found == null || found != (older == newer ? 1 : 2)) {
            return Optional.empty();
        }
        Map<Key, Figure> before = facts(older);
        Map<Key, Figure> after = facts(newer);
        Map<String, Unit> unitsBefore = units(older);
        Map<String, Unit> unitsAfter = units(newer);
        TreeMap<Key, Boolean> all = new TreeMap<>();
        before.keySet().forEach(k -> all.put(k, true));
        after.keySet().forEach(k -> all.put(k, true));
        List<FigureChange> changes = new ArrayList<>();
        for (Key key : all.keySet()) {
            Figure a = before.get(key);
            Figure b = after.get(key);
            BigDecimal yuanA = a == null ? BigDecimal.ZERO : a.yuan();
            BigDecimal yuanB = b == null ? BigDecimal.ZERO : b.yuan();
            if (yuanA.compareTo(yuanB) == 0) {
                continue;
            }
            Unit unit = unitsAfter.getOrDefault(key.table(), unitsBefore.getOrDefault(key.table(), Unit.YUAN));
            TableCode table = TableCode.valueOf(key.table());
            Figure shown = b != null ? b : a;
            changes.add(new FigureChange(key.table(), Messages.table(table), key.row(), shown.rowName(), key.column(),
                    layouts.get(table).columnLabel(key.column()), unit.fromYuan(yuanA), unit.fromYuan(yuanB),
                    unit.label(), shown.cell()));
        }
        return Optional.of(changes);
    }

    private Map<Key, Figure> facts(long submission) {
        Map<Key, Figure> facts = new HashMap<>();
        jdbc.query("SELECT table_code, row_key, column_key, amount_yuan, row_name, source_sheet, source_cell FROM fact "
                + "WHERE submission_id = ?", rs -> {
                    facts.put(new Key(rs.getString(1), rs.getString(2), rs.getString(3)),
                            new Figure(rs.getBigDecimal(4), rs.getString(5), rs.getString(6) + " › " + rs.getString(7)));
                }, submission);
        return facts;
    }

    private Map<String, Unit> units(long submission) {
        Map<String, Unit> units = new HashMap<>();
        jdbc.query("SELECT table_code, unit FROM submission_table WHERE submission_id = ?",
                rs -> {
                    units.put(rs.getString(1), Unit.ofLabel(rs.getString(2)));
                }, submission);
        return units;
    }
}
