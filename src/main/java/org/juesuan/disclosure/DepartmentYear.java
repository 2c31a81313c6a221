package org.juesuan.disclosure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.juesuan.disclosure.FigureVocabulary.Cell;

/** What the warehouse holds of one department's year: the tables it printed and their figures (in 元). */
public record DepartmentYear(String department, int year, Map<String, String> tableUnits, List<Figure> figures) {

    /** One loaded figure and where it was printed. */
    public record Figure(String table, String rowKey, String rowName, String column, BigDecimal yuan,
                         String file, String sheet, String cell) {

        public String where() {
            return file + " › " + sheet + " › " + cell;
        }
    }

    /**
     * The figure at a cell: empty when the table was not printed; a figure of zero when the table was printed
     * and the cell left empty (a missing fact reads as zero, docs/contract.md §4).
     */
    public Optional<Figure> at(Cell cell) {
        if (!tableUnits.containsKey(cell.table())) {
            return Optional.empty();
        }
        return Optional.of(figures.stream().filter(f -> f.table().equals(cell.table())
                        && f.rowKey().equals(cell.row()) && f.column().equals(cell.column())).findFirst()
                .orElse(new Figure(cell.table(), cell.row(), "", cell.column(), BigDecimal.ZERO, "", "", "")));
    }

    /** The 类/款/项 rows of a functional table whose printed name is {@code name} (spaces and quotes ignored). */
    public List<Figure> rowsNamed(String table, String column, String name, int digits) {
        return figures.stream().filter(f -> f.table().equals(table) && f.column().equals(column)
                && f.rowKey().length() == digits && f.rowKey().chars().allMatch(Character::isDigit)
                && NarrativeText.normalize(f.rowName() == null ? "" : f.rowName()).equals(name)).toList();
    }
}
