package org.juesuan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference catalogs (reference/*.csv) read directly, with the documented rule for the name of a code in a
 * fiscal year: the name first seen in the latest edition at or before that year (the code's earliest dated name
 * for years before it), a code without dated names keeping its first name. Tests compare warehouse names to this.
 */
public final class CatalogNames {

    private record Entry(String name, Integer firstYear) {
    }

    private final Map<String, List<Entry>> byCode = new HashMap<>();

    private CatalogNames(Path csv) {
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                String years = f[4].trim();
                Integer first = years.isEmpty() ? null : Integer.valueOf(years.split(" ")[0]);
                byCode.computeIfAbsent(f[0], c -> new ArrayList<>()).add(new Entry(f[1], first));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CatalogNames functional() {
        return new CatalogNames(Path.of("reference", "functional_classification.csv"));
    }

    public static CatalogNames economic() {
        return new CatalogNames(Path.of("reference", "economic_classification.csv"));
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** The catalog name of a code in a year; empty for a code the catalog lacks. */
    public Optional<String> name(String code, int year) {
        List<Entry> entries = byCode.get(code);
        if (entries == null) {
            return Optional.empty();
        }
        List<Entry> dated = entries.stream().filter(e -> e.firstYear() != null)
                .sorted(Comparator.comparing(Entry::firstYear).thenComparing(Entry::name)).toList();
        if (dated.isEmpty()) {
            return entries.stream().map(Entry::name).sorted().findFirst();
        }
        Entry chosen = dated.get(0);
        for (Entry e : dated) {
            if (e.firstYear() <= year) {
                chosen = e;
            }
        }
        return Optional.of(chosen.name());
    }
}
