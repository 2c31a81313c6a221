package org.juesuan.validate;

import java.util.List;
import java.util.stream.Stream;

/** {@code type:} in the rule file, with the keys a rule of the type may carry besides id, type, severity, message. */
enum RuleType {
    COMPARE("compare", List.of("scope", "table", "left", "op", "right", "tolerance", "ifPrinted", "forColumns",
            "forEachRow")),
    HIERARCHY("hierarchy", List.of("table", "tolerance")),
    EMPTY_NOTE("emptyNote", List.of("tables")),
    NON_NEGATIVE("nonNegative", List.of());

    static final List<String> COMMON_KEYS = List.of("id", "type", "severity", "message");

    private final String name;
    private final List<String> ownKeys;

    RuleType(String name, List<String> ownKeys) {
        this.name = name;
        this.ownKeys = ownKeys;
    }

    /** As written in the rule file. */
    String yamlName() {
        return name;
    }

    List<String> keys() {
        return Stream.concat(COMMON_KEYS.stream(), ownKeys.stream()).toList();
    }
}
