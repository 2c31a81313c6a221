package org.juesuan.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.juesuan.layout.BlockLayout;
import org.juesuan.layout.BoundBlock;
import org.juesuan.layout.ExtractedTable;
import org.juesuan.layout.LineSpec;
import org.juesuan.layout.RawRow;
import org.juesuan.layout.TableKind;
import org.juesuan.layout.TableLayout;
import org.juesuan.layout.TableLayouts;
import org.juesuan.layout.TextNormalizer;
import org.juesuan.mapping.ClassificationCatalog.Kind;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.TableCode;
import org.springframework.stereotype.Component;

/**
 * Gives every body row its row key (CONTRACT §3): a functional or economic code, the class code
 * of a named class line, a fixed-line key, or TOTAL. Codes missing from the catalogs are kept
 * and reported as WARNINGs; rows that cannot be keyed are reported as ERRORs.
 */
@Component
public class RowKeyMapper {

    private static final Set<String> TOTAL_LABELS = Set.of("合计", "总计", "本年合计");

    private final ClassificationCatalog catalog;
    private final TableLayouts layouts;

    public RowKeyMapper(ClassificationCatalog catalog, TableLayouts layouts) {
        this.catalog = catalog;
        this.layouts = layouts;
    }

    /**
     * @param codesReported codes already reported for this submission: a code missing from the
     *                      catalog is reported once, not once per table that prints it
     */
    public MappedTable map(ExtractedTable table, List<Finding> findings, Set<String> codesReported) {
        TableLayout layout = table.detected().layout();
        Map<String, KeyedRow> rows = new LinkedHashMap<>();
        CodeJoiner joiner = new CodeJoiner();
        Map<Integer, Set<String>> linesSeen = new HashMap<>();
        for (RawRow raw : table.rows()) {
            KeyedRow keyed = switch (layout.kind()) {
                case FUNCTIONAL -> codedRow(layout, raw, joiner, Kind.FUNCTIONAL, findings, codesReported);
                case ECONOMIC_GROUPS -> raw.block() < 0 ? totalLine(layout, raw, findings)
                        : codedRow(layout, raw, joiner, Kind.ECONOMIC, findings, codesReported);
                case FIXED_LINES -> fixedLine(layout, raw, linesSeen.computeIfAbsent(raw.block(), b -> new HashSet<>()), findings);
                case SINGLE_ROW -> rows.isEmpty() && raw.anyFigurePrinted()
                        ? new KeyedRow("TOTAL", layout.title(), 0, null, raw.amounts(), raw.labelCell())
                        : unexpected(layout, raw, "a second data row", findings);
            };
            if (keyed == null) {
                continue;
            }
            KeyedRow earlier = rows.putIfAbsent(keyed.rowKey(), keyed);
            if (earlier != null) {
                findings.add(new Finding("MAP-DUPLICATE-ROW", Severity.ERROR, layout.code(),
                        "row " + keyed.rowKey() + " (" + keyed.rowName() + ") is printed twice; the second is not loaded",
                        null, null, List.of(keyed.labelCell(), earlier.labelCell())));
            }
        }
        return new MappedTable(layout.code(), table, rows, printedColumns(table));
    }

    private KeyedRow codedRow(TableLayout layout, RawRow raw, CodeJoiner joiner, Kind kind, List<Finding> findings,
                              Set<String> codesReported) {
        String label = TextNormalizer.normalize(raw.label());
        boolean noCode = raw.codeParts().stream().allMatch(String::isEmpty);
        if (noCode && TOTAL_LABELS.contains(label)) {
            return new KeyedRow("TOTAL", raw.label().strip(), 0, null, raw.amounts(), raw.labelCell());
        }
        if (noCode) {
            return raw.hasAmount() ? unexpected(layout, raw, "a row without a classification code", findings) : null;
        }
        String code = joiner.join(raw.codeParts());
        boolean shapeOk = code != null && (kind == Kind.FUNCTIONAL || code.length() <= 5);
        if (!shapeOk) {
            return unexpected(layout, raw, "code '" + String.join("|", raw.codeParts())
                    + "' (expected " + (kind == Kind.FUNCTIONAL ? "3, 5 or 7" : "3 or 5") + " digits)", findings);
        }
        int level = code.length() == 3 ? 1 : code.length() == 5 ? 2 : 3;
        String parent = level == 1 ? null : code.substring(0, code.length() - 2);
        String name = raw.label().strip().replaceFirst("^[\\s\\u3000]+", "");
        if (codesReported.add(kind + code)) {
            checkCatalog(layout.code(), kind, code, name, raw, findings);
        }
        return new KeyedRow(code, name, level, parent, raw.amounts(), raw.labelCell());
    }

    private void checkCatalog(TableCode table, Kind kind, String code, String name, RawRow raw, List<Finding> findings) {
        List<Classification> known = catalog.lookup(kind, code);
        String normalizedName = TextNormalizer.normalize(name);
        if (known.isEmpty()) {
            findings.add(new Finding("MAP-UNKNOWN-CODE", Severity.WARNING, table,
                    "code " + code + " (" + name + ") is not in the reference catalog; kept with level and parent from its digits",
                    null, null, List.of(raw.labelCell())));
        } else if (!normalizedName.isEmpty()
                && known.stream().noneMatch(c -> TextNormalizer.normalize(c.name()).equals(normalizedName))) {
            findings.add(new Finding("MAP-NAME-DIFFERS", Severity.WARNING, table,
                    "code " + code + " is printed as '" + name + "'; the catalog names it '" + known.get(known.size() - 1).name() + "'",
                    null, null, List.of(raw.labelCell())));
        }
    }

    private KeyedRow totalLine(TableLayout layout, RawRow raw, List<Finding> findings) {
        String key = layout.totalLines().get(TextNormalizer.label(raw.label()));
        return key == null ? unexpected(layout, raw, "total line '" + raw.label() + "'", findings)
                : new KeyedRow(key, raw.label().strip(), 0, null, raw.amounts(), raw.labelCell());
    }

    private KeyedRow fixedLine(TableLayout layout, RawRow raw, Set<String> linesSeen, List<Finding> findings) {
        BlockLayout block = layout.blocks().get(raw.block());
        String label = TextNormalizer.label(raw.label());
        if (label.isEmpty()) {
            return raw.hasAmount() ? unexpected(layout, raw, "a figure on a line without a label", findings) : null;
        }
        // A label printed twice (T04's 年初结转 breakdown repeats the fund names) means the line
        // declared `after` the line already seen.
        LineSpec line = null;
        for (LineSpec candidate : block.lines()) {
            if (!candidate.labels().contains(label)) {
                continue;
            }
            if (candidate.after() == null && line == null) {
                line = candidate;
            } else if (candidate.after() != null && linesSeen.contains(candidate.after())) {
                line = candidate;
                break;
            }
        }
        String key = line != null ? line.key() : null;
        if (key == null && block.classLines()) {
            key = catalog.functionalClassCode(label);
            if (key == null) {
                key = layouts.classCodeOfSynonym(label);
            }
        }
        if (key == null) {
            return unexpected(layout, raw, "line '" + raw.label().strip() + "'", findings);
        }
        linesSeen.add(key);
        int level = key.chars().allMatch(Character::isDigit) ? 1 : 0;
        return new KeyedRow(key, raw.label().strip(), level, null, raw.amounts(), raw.labelCell());
    }

    private static KeyedRow unexpected(TableLayout layout, RawRow raw, String what, List<Finding> findings) {
        findings.add(new Finding("MAP-UNKNOWN-ROW", raw.hasAmount() ? Severity.ERROR : Severity.WARNING, layout.code(),
                layout.code() + " " + layout.title() + ": cannot give a row key to " + what
                        + (raw.hasAmount() ? "; its figures are not loaded" : ""),
                null, null, List.of(raw.labelCell())));
        return null;
    }

    private static Set<String> printedColumns(ExtractedTable table) {
        Set<String> columns = new LinkedHashSet<>();
        for (BoundBlock block : table.detected().blocks()) {
            columns.addAll(block.amountColumns().keySet());
        }
        return columns;
    }
}
