package org.juesuan.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The normalized header texts above one column, top to bottom, merged cells filled in. */
public record HeaderPath(List<String> elements) {

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    public String bottom() {
        return elements.isEmpty() ? "" : elements.get(elements.size() - 1);
    }

    /** The column's own label: the bottom text, or the texts above it while the bottom ones are generic (决算数…). */
    public List<String> leafCandidates(Set<String> genericWords) {
        List<String> leaves = new ArrayList<>();
        for (int i = elements.size() - 1; i >= 0; i--) {
            leaves.add(elements.get(i));
            if (!genericWords.contains(elements.get(i))) {
                break;
            }
        }
        return leaves;
    }

    public boolean contains(String word) {
        return elements.stream().anyMatch(e -> e.contains(word));
    }
}
