package org.juesuan.mapping;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.juesuan.layout.TextNormalizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The reference catalogs (支出功能分类, 部门预算支出经济分类) shipped in the jar. They are partial
 * by nature (see reference/README.md): a code they lack is accepted and reported, never dropped.
 */
@Component
public class ClassificationCatalog {

    public enum Kind {
        FUNCTIONAL("reference/functional_classification.csv"),
        ECONOMIC("reference/economic_classification.csv");

        final String resource;

        Kind(String resource) {
            this.resource = resource;
        }
    }

    private final Map<Kind, Map<String, List<Classification>>> byCode = new LinkedHashMap<>();
    private final Map<String, String> classCodeByName = new LinkedHashMap<>();

    public ClassificationCatalog() {
        for (Kind kind : Kind.values()) {
            Map<String, List<Classification>> codes = new LinkedHashMap<>();
            for (Classification c : load(kind)) {
                codes.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c);
                if (kind == Kind.FUNCTIONAL && c.level() == 1) {
                    classCodeByName.put(TextNormalizer.normalize(c.name()), c.code());
                }
            }
            byCode.put(kind, codes);
        }
    }

    public List<Classification> all(Kind kind) {
        return byCode.get(kind).values().stream().flatMap(List::stream).toList();
    }

    public List<Classification> lookup(Kind kind, String code) {
        return byCode.get(kind).getOrDefault(code, List.of());
    }

    /** The 类 code printed by name in T01/T04 (normalized name), or null. */
    public String functionalClassCode(String normalizedName) {
        return classCodeByName.get(normalizedName);
    }

    private static List<Classification> load(Kind kind) {
        List<Classification> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .get();
        try (Reader in = new InputStreamReader(new ClassPathResource(kind.resource).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                rows.add(new Classification(r.get("code"), r.get("name"), Integer.parseInt(r.get("level")),
                        r.get("parent_code"), r.isMapped("years_seen") && r.isSet("years_seen") ? r.get("years_seen") : ""));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read " + kind.resource + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
