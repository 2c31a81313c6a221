package org.juesuan.validate;

import java.util.AbstractMap;
import java.util.Set;

/**
 * What rule expressions index ({@code T06['TOTAL']['basic']}, {@code total}): a map that has every key —
 * an absent table, row or column answers for itself in {@link #get} (zero, not applicable …) — so that
 * SpEL's map accessor never refuses a name; it lists nothing.
 */
abstract class KeyedView<V> extends AbstractMap<String, V> {

    @Override
    public final boolean containsKey(Object key) {
        return true;
    }

    @Override
    public final Set<Entry<String, V>> entrySet() {
        return Set.of();
    }
}
