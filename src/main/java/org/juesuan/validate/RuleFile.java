package org.juesuan.validate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.juesuan.model.Severity;
import org.juesuan.model.TableCode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one rule file strictly into {@link Rule}s: every key known for the rule's type, every value one the key
 * allows, every side in the supported form ({@link SideParser}). Anything else stops the start with a message
 * naming file › rule › key, so a misspelling never silently changes what a rule checks.
 */
final class RuleFile {

    private static final Map<String, Severity> SEVERITIES = values(Severity.values(), Severity::name);
    private static final Map<String, RuleType> TYPES = values(RuleType.values(), RuleType::yamlName);
    private static final Map<String, Op> OPS = values(Op.values(), Op::symbol);
    private static final Map<String, Scope> SCOPES = values(Scope.values(), s -> s.name().toLowerCase());
    private static final Map<String, Tolerance> TOLERANCES = values(Tolerance.values(), t -> t.name().toLowerCase());
    private static final Map<String, TableCode> TABLES = values(TableCode.values(), TableCode::name);
    private static final List<String> FOR_EACH_ROW_KEYS = List.of("tables", "level");

    private RuleFile() {
    }

    /** @param file the file as the messages name it, e.g. {@code rules/2023.yaml} */
    static List<Rule> read(String file, InputStream in) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).load(in);
        } catch (YAMLException e) {
            throw new RuleFileException(AuditMessages.notYaml(file, e.getMessage()));
        }
        if (!(root instanceof Map<?, ?> top) || !top.keySet().equals(Set.of("rules"))
                || !(top.get("rules") instanceof List<?> entries)) {
            throw new RuleFileException(AuditMessages.noRuleList(file));
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            for (Rule rule : new Entry(file, i + 1, entries.get(i)).rules()) {
                if (!ids.add(rule.id())) {
                    throw new RuleFileException(AuditMessages.ruleFile(file, rule.id(), "id", AuditMessages.DUPLICATE_ID));
                }
                rules.add(rule);
            }
        }
        return rules;
    }

    /** One entry of {@code rules:}, read key by key. */
    private static final class Entry {
        private final String file;
        private final Map<?, ?> keys;
        private String name;

        Entry(String file, int number, Object entry) {
            this.file = file;
            this.name = AuditMessages.ruleNumber(number);
            if (!(entry instanceof Map<?, ?> map)) {
                throw new RuleFileException(AuditMessages.ruleFile(file, name, null, AuditMessages.NOT_A_MAP));
            }
            this.keys = map;
        }

        List<Rule> rules() {
            String id = text("id", keys.get("id"));
            name = id;
            RuleType type = value("type", keys.get("type"), TYPES, null);
            for (Object key : keys.keySet()) {
                if (!type.keys().contains(String.valueOf(key))) {
                    throw refuse(String.valueOf(key), AuditMessages.unknownKey(type.keys()));
                }
            }
            if (id.endsWith(Rounding.FINDING_SUFFIX)) {
                throw refuse("id", AuditMessages.reservedSuffix(Rounding.FINDING_SUFFIX));
            }
            List<String> columns = keys.containsKey("forColumns") ? texts("forColumns") : null;
            if ((columns != null) != id.contains("{col}")) {
                throw refuse(columns != null ? "forColumns" : "id", AuditMessages.FOR_COLUMNS_NEEDS_COL);
            }
            List<Rule> rules = new ArrayList<>();
            for (String column : columns == null ? List.of("") : columns) {
                name = id.replace("{col}", column);
                rules.add(rule(type, column));
            }
            return rules;
        }

        private Rule rule(RuleType type, String column) {
            Severity severity = value("severity", keys.get("severity"), SEVERITIES, null);
            String message = text("message", keys.get("message"));
            return switch (type) {
                case COMPARE -> compare(severity, message, column);
                case HIERARCHY -> new Rule.Hierarchy(name, severity, message, table("table", keys.get("table")),
                        value("tolerance", keys.get("tolerance"), TOLERANCES, Tolerance.ROUNDING));
                case EMPTY_NOTE -> new Rule.EmptyNote(name, severity, message, tables("tables", keys.get("tables")));
                case NON_NEGATIVE -> new Rule.NonNegative(name, severity, message);
            };
        }

        private Rule.Compare compare(Severity severity, String message, String column) {
            Scope scope = value("scope", keys.get("scope"), SCOPES, Scope.SUBMISSION);
            TableCode table = null;
            if (scope == Scope.ROW) {
                table = table("table", keys.get("table"));
                for (String notInRowScope : List.of("forEachRow", "ifPrinted")) {
                    if (keys.containsKey(notInRowScope)) {
                        throw refuse(notInRowScope, AuditMessages.NOT_IN_ROW_SCOPE);
                    }
                }
            } else if (keys.containsKey("table")) {
                throw refuse("table", AuditMessages.TABLE_ONLY_IN_ROW_SCOPE);
            }
            Side left = side("left", scope, column);
            Op op = value("op", keys.get("op"), OPS, null);
            Side right = side("right", scope, column);
            Rule.ForEachRow forEachRow = keys.containsKey("forEachRow") ? forEachRow() : null;
            boolean readsRow = left.readsCurrentRow() || right.readsCurrentRow();
            if (forEachRow == null && readsRow) {
                throw refuse(left.readsCurrentRow() ? "left" : "right", AuditMessages.ROW_NEEDS_FOR_EACH_ROW);
            }
            if (forEachRow != null && !readsRow) {
                throw refuse("forEachRow", AuditMessages.FOR_EACH_ROW_NEEDS_ROW);
            }
            return new Rule.Compare(name, severity, message, scope, table, left, op, right,
                    value("tolerance", keys.get("tolerance"), TOLERANCES, Tolerance.ROUNDING),
                    keys.containsKey("ifPrinted") && flag("ifPrinted", keys.get("ifPrinted")), forEachRow);
        }

        private Side side(String key, Scope scope, String column) {
            String text = text(key, keys.get(key)).replace("{col}", column);
            Side side;
            try {
                side = SideParser.parse(text);
            } catch (SideParser.Unsupported e) {
                throw refuse(key, AuditMessages.unsupportedSide(text, e.part, e.position, e.expected));
            }
            for (Side.Term term : side.terms()) {
                if (term.read().rowScope() != (scope == Scope.ROW)) {
                    throw refuse(key, AuditMessages.readOutsideScope(text, term.text(), scope == Scope.ROW));
                }
            }
            return side;
        }

        private Rule.ForEachRow forEachRow() {
            if (!(keys.get("forEachRow") instanceof Map<?, ?> nested)) {
                throw refuse("forEachRow", AuditMessages.NOT_A_MAP);
            }
            for (Object key : nested.keySet()) {
                if (!FOR_EACH_ROW_KEYS.contains(String.valueOf(key))) {
                    throw refuse("forEachRow › " + key, AuditMessages.unknownKey(FOR_EACH_ROW_KEYS));
                }
            }
            List<TableCode> tables = tables("forEachRow › tables", nested.get("tables"));
            Object level = nested.get("level");
            if (level != null && !(level instanceof Integer l && l >= 1 && l <= 3)) {
                throw refuse("forEachRow › level", AuditMessages.badValue(level, List.of("1", "2", "3")));
            }
            return new Rule.ForEachRow(tables, (Integer) level);
        }

        private String text(String key, Object value) {
            if (value == null) {
                throw refuse(key, AuditMessages.MISSING);
            }
            if (!(value instanceof String s) || s.isBlank()) {
                throw refuse(key, AuditMessages.NOT_TEXT);
            }
            return s;
        }

        private List<String> texts(String key) {
            if (!(keys.get(key) instanceof List<?> list) || list.isEmpty()) {
                throw refuse(key, AuditMessages.NOT_A_LIST);
            }
            List<String> texts = new ArrayList<>();
            for (Object item : list) {
                texts.add(text(key, item));
            }
            return texts;
        }

        private boolean flag(String key, Object value) {
            if (!(value instanceof Boolean b)) {
                throw refuse(key, AuditMessages.badValue(value, List.of("true", "false")));
            }
            return b;
        }

        private TableCode table(String key, Object value) {
            return value(key, value, TABLES, null);
        }

        private List<TableCode> tables(String key, Object value) {
            if (value == null) {
                throw refuse(key, AuditMessages.MISSING);
            }
            if (!(value instanceof List<?> list) || list.isEmpty()) {
                throw refuse(key, AuditMessages.NOT_A_LIST);
            }
            List<TableCode> tables = new ArrayList<>();
            for (Object item : list) {
                tables.add(table(key, item));
            }
            return tables;
        }

        /** One of the allowed words, or the default when the key is absent (none: the key is required). */
        private <E> E value(String key, Object value, Map<String, E> allowed, E absent) {
            if (value == null) {
                if (absent == null) {
                    throw refuse(key, AuditMessages.MISSING);
                }
                return absent;
            }
            E found = allowed.get(String.valueOf(value));
            if (found == null) {
                throw refuse(key, AuditMessages.badValue(value, allowed.keySet()));
            }
            return found;
        }

        private RuleFileException refuse(String key, String what) {
            return new RuleFileException(AuditMessages.ruleFile(file, name, key, what));
        }
    }

    private static <E> Map<String, E> values(E[] values, Function<E, String> word) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E value : values) {
            map.put(word.apply(value), value);
        }
        return map;
    }
}
