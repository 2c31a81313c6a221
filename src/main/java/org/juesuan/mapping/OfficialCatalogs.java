package org.juesuan.mapping;

import java.util.Map;
import java.util.Optional;

import org.juesuan.mapping.ClassificationCatalog.Kind;

/**
 * The official 政府收支分类科目 the bureau imported ({@code juesuan catalog import}), by year. Only a complete
 * catalog is authoritative: a code missing from it is the department's to explain. Without one, the codes are
 * checked against the partial catalogs shipped in the jar, and a gap is a note for the bureau (INFO).
 */
public interface OfficialCatalogs {

    /** No official catalog at all (the department's self-check, tests): the shipped catalogs decide. */
    OfficialCatalogs NONE = (kind, year) -> Optional.empty();

    /** @return code → name of the year's complete catalog of that kind (retired codes left out), or empty */
    Optional<Map<String, String>> complete(Kind kind, int year);
}
