package org.juesuan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The figures of one committed sample as its {@code <department>-<year>.expected.csv} lists them (what the
 * generator wrote into the workbook, 万元), in 元. Tests compute what a warehouse query must return from these,
 * independently of the import.
 */
public final class SampleFacts {

    private static final Pattern FILE = Pattern.compile("(.+)-(\\d{4})\\.expected\\.csv");
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private final String department;
    private final int year;
    private final Path sample;
    private final Map<String, BigDecimal> yuan = new LinkedHashMap<>();
    private final Map<String, String> rowNames = new LinkedHashMap<>();
    private final Map<String, Set<String>> rowKeys = new TreeMap<>();
    private final Set<String> notedTables = new LinkedHashSet<>();
    private int factCount;

    private SampleFacts(String department, int year, Path sample) {
        this.department = department;
        this.year = year;
        this.sample = sample;
    }

    /** Every committed sample, ordered by department name, then year. */
    public static List<SampleFacts> all() {
        List<SampleFacts> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Samples.DIR)) {
            for (Path csv : files.sorted().toList()) {
                Matcher m = FILE.matcher(csv.getFileName().toString());
                if (m.matches()) {
                    all.add(load(csv, m.group(1), Integer.parseInt(m.group(2))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.sort(Comparator.comparing(SampleFacts::department).thenComparing(SampleFacts::year));
        return all;
    }

    private static SampleFacts load(Path csv, String department, int year) throws IOException {
        String stem = department + "-" + year;
        Path sample = Stream.of(stem + ".xlsx", stem + ".xls", stem).map(Samples.DIR::resolve)
                .filter(Files::exists).findFirst().orElseThrow(() -> new IllegalStateException("no sample for " + csv));
        SampleFacts facts = new SampleFacts(department, year, sample);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[1].equals("NOTE")) {
                facts.notedTables.add(f[0]);
                continue;
            }
            facts.rowKeys.computeIfAbsent(f[0], t -> new LinkedHashSet<>()).add(f[1]);
            facts.rowNames.put(f[0] + "|" + f[1], f[2]);
            facts.yuan.put(f[0] + "|" + f[1] + "|" + f[3], new BigDecimal(f[4]).multiply(WAN).setScale(2));
            facts.factCount++;
        }
        return facts;
    }

    public String department() {
        return department;
    }

    public int year() {
        return year;
    }

    /** The workbook (or folder of per-table workbooks) the figures were written to. */
    public Path sample() {
        return sample;
    }

    /** The amount in 元; zero when the sample prints none. */
    public BigDecimal yuan(String table, String row, String column) {
        return yuan.getOrDefault(table + "|" + row + "|" + column, BigDecimal.ZERO.setScale(2));
    }

    /** The row keys of a table that carry at least one figure, in print order. */
    public List<String> rowKeys(String table) {
        return List.copyOf(rowKeys.getOrDefault(table, Set.of()));
    }

    /** The name printed on a row that carries a figure. */
    public Optional<String> rowName(String table, String row) {
        return Optional.ofNullable(rowNames.get(table + "|" + row));
    }

    /** Tables with at least one figure. */
    public Set<String> tablesWithFigures() {
        return rowKeys.keySet();
    }

    /** Tables printed empty with their 说明 line. */
    public Set<String> notedTables() {
        return notedTables;
    }

    /** Number of non-zero figures. */
    public int factCount() {
        return factCount;
    }
}
