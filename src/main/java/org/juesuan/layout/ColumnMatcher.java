package org.juesuan.layout;

import java.util.List;
import java.util.Set;

/** How a column key recognises its header (see the comment at the top of the layouts file). */
public record ColumnMatcher(List<String> leaf, List<String> path, List<String> not) {

    public boolean matches(HeaderPath header, Set<String> genericWords) {
        if (header.isEmpty()) {
            return false;
        }
        if (!leaf.isEmpty() && header.leafCandidates(genericWords).stream().noneMatch(leaf::contains)) {
            return false;
        }
        return path.stream().allMatch(header::contains) && not.stream().noneMatch(header::contains);
    }
}
