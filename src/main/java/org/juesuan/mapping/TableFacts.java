package org.juesuan.mapping;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.juesuan.model.Amount;
import org.juesuan.model.Fact;

/**
 * The non-zero figures of a submission's tables as facts, made one by one as the warehouse
 * writes them: a table of a million rows is never held as three million {@link Fact}s.
 */
public final class TableFacts extends AbstractCollection<Fact> {

    private final List<MappedTable> tables;
    private final int size;

    public TableFacts(List<MappedTable> tables) {
        this.tables = List.copyOf(tables);
        long count = 0;
        for (MappedTable table : this.tables) {
            count += table.rows().nonZeroFigures();
        }
        this.size = Math.toIntExact(count);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<Fact> iterator() {
        return new Iterator<>() {
            private final Iterator<MappedTable> nextTable = tables.iterator();
            private MappedTable table;
            private Iterator<KeyedRow> rows = Collections.emptyIterator();
            private final List<Fact> pending = new ArrayList<>();
            private int taken;

            @Override
            public boolean hasNext() {
                while (taken == pending.size()) {
                    pending.clear();
                    taken = 0;
                    while (!rows.hasNext()) {
                        if (!nextTable.hasNext()) {
                            return false;
                        }
                        table = nextTable.next();
                        rows = table.rows().iterator();
                    }
                    KeyedRow row = rows.next();
                    for (Map.Entry<String, Amount> e : row.amounts().entrySet()) {
                        if (!e.getValue().isZero()) {
                            pending.add(new Fact(table.code(), row.rowKey(), row.rowName(), e.getKey(),
                                    e.getValue().yuan(), e.getValue().cell()));
                        }
                    }
                }
                return true;
            }

            @Override
            public Fact next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.get(taken++);
            }
        };
    }
}
