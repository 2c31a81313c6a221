package org.juesuan.mapping;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.juesuan.layout.BlockLayout;
import org.juesuan.layout.BoundBlock;
import org.juesuan.layout.CodeFamily;
import org.juesuan.layout.DetectedTable;
import org.juesuan.layout.ExtractedTable;
import org.juesuan.layout.LineSpec;
import org.juesuan.layout.RawRow;
import org.juesuan.layout.TableLayout;
import org.juesuan.layout.TableLayouts;
import org.juesuan.layout.TableSink;
import org.juesuan.layout.TextNormalizer;
import org.juesuan.layout.Unit;
import org.juesuan.mapping.ClassificationCatalog.Kind;
import org.juesuan.model.CodeHierarchy;
import org.juesuan.model.Finding;
import org.juesuan.model.Messages;
import org.juesuan.model.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys the rows of one table as they stream in and keeps the keyed rows (the figures a
 * submission loads and validates); the raw rows are not kept.
 */
public final class TableMapping implements TableSink.Rows {

    private static final Logger LOG = LoggerFactory.getLogger(TableMapping.class);
    private static final int PROGRESS_EVERY = 250_000;
    private static final Set<String> TOTAL_LABELS = Set.of("合计", "总计", "本年合计");

    private final DetectedTable table;
    private final TableLayout layout;
    private final ClassificationCatalog catalog;
    private final OfficialCatalogs official;
    private final TableLayouts layouts;
    private final List<Finding> findings;
    private final CodesSeen codesReported;
    private final Set<String> printedColumns = new LinkedHashSet<>();
    private final KeyedRows rows;
    /** One joiner per column group: a blank 类 cell takes the class printed above in the same group. */
    private final Map<Integer, CodeJoiner> joiners = new HashMap<>();
    private final Map<Integer, Set<String>> linesSeen = new HashMap<>();
    /** The classification the coded rows use, fixed by the first coded row. */
    private CodeFamily rowClassification;
    private ExtractedTable extracted;

    TableMapping(DetectedTable table, ClassificationCatalog catalog, OfficialCatalogs official, TableLayouts layouts,
                 List<Finding> findings, CodesSeen codesReported) {
        this.table = table;
        this.layout = table.layout();
        this.catalog = catalog;
        this.official = official;
        this.layouts = layouts;
        this.findings = findings;
        this.codesReported = codesReported;
        for (BoundBlock block : table.blocks()) {
            printedColumns.addAll(block.amountColumns().keySet());
        }
        this.rows = new KeyedRows(table.grid().fileName(), table.grid().sheetName(), List.copyOf(printedColumns),
                table.unit() != null ? table.unit() : Unit.YUAN);
    }

    @Override
    public void row(RawRow raw) {
        KeyedRow keyed = switch (layout.kind()) {
            case FUNCTIONAL -> codedRow(raw);
            case ECONOMIC_GROUPS -> raw.block() < 0 ? totalLine(raw) : codedRow(raw);
            case FIXED_LINES -> fixedLine(raw);
            case SINGLE_ROW -> rows.isEmpty() && raw.anyFigurePrinted()
                    ? new KeyedRow("TOTAL", layout.title(), 0, null, raw.amounts(), raw.labelCell())
                    : unexpected(raw, "a second data row");
        };
        if (keyed == null) {
            return;
        }
        if (rows.add(keyed.rowKey(), keyed.rowName(), keyed.level(), keyed.amounts(), keyed.labelCell())) {
            if (rows.size() % PROGRESS_EVERY == 0) { // a night's run should show where it is inside a huge table
                LOG.info("{} {} ({} › {}): {} rows read", layout.code(), layout.title(), table.grid().fileName(),
                        table.grid().sheetName(), String.format("%,d", rows.size()));
            }
        } else {
            KeyedRow earlier = rows.get(keyed.rowKey());
            findings.add(Finding.of("MAP-DUPLICATE-ROW", layout.code(), List.of(keyed.labelCell(), earlier.labelCell()),
                    keyed.rowKey(), keyed.rowName()));
        }
    }

    @Override
    public void end(ExtractedTable table) {
        this.extracted = table;
    }

    /** The keyed table; call after the table's rows have ended. */
    public MappedTable result() {
        if (extracted == null) {
            throw new IllegalStateException(layout.code() + ": rows have not ended");
        }
        CodeFamily classification = switch (layout.kind()) {
            case FUNCTIONAL, ECONOMIC_GROUPS -> rowClassification != null ? rowClassification : usualClassification();
            default -> null;
        };
        return new MappedTable(layout.code(), extracted, rows, printedColumns, classification);
    }

    private CodeFamily usualClassification() {
        return layout.kind() == org.juesuan.layout.TableKind.ECONOMIC_GROUPS ? CodeFamily.ECONOMIC : CodeFamily.FUNCTIONAL;
    }

    private KeyedRow codedRow(RawRow raw) {
        String label = TextNormalizer.normalize(raw.label());
        boolean noCode = raw.codeParts().stream().allMatch(String::isEmpty);
        if (noCode && TOTAL_LABELS.contains(label)) {
            return new KeyedRow("TOTAL", raw.label().strip(), 0, null, raw.amounts(), raw.labelCell());
        }
        if (noCode) {
            return raw.hasAmount() ? unexpected(raw, "a row without a classification code") : null;
        }
        String code = joiners.computeIfAbsent(raw.block(), b -> new CodeJoiner()).join(raw.codeParts());
        CodeFamily family = code == null ? null : CodeFamily.of(code);
        if (family == null || (family == CodeFamily.ECONOMIC && code.length() > 5)) {
            return unexpected(raw, "code '" + String.join("|", raw.codeParts()) + "' (expected "
                    + (usualClassification() == CodeFamily.FUNCTIONAL ? "a 功能分类 code of 3, 5 or 7 digits"
                    : "a 经济分类 code of 3 or 5 digits") + ")");
        }
        if (rowClassification == null) {
            if (family != usualClassification() && layout.alternativeRows() != family) {
                return unexpected(raw, "code " + code + ": " + layout.code() + " lists "
                        + usualClassification().label() + " codes");
            }
            rowClassification = family;
        } else if (family != rowClassification) {
            return unexpected(raw, "code " + code + " among " + rowClassification.label() + " rows");
        }
        Kind kind = Kind.valueOf(family.name());
        int level = CodeHierarchy.level(code);
        String parent = CodeHierarchy.parent(code);
        String name = raw.label().strip().replaceFirst("^[\\s\\u3000]+", "");
        if (codesReported.add(kind, code)) {
            checkCatalog(kind, code, name, raw);
        }
        return new KeyedRow(code, name, level, parent, raw.amounts(), raw.labelCell());
    }

    /**
     * Against the year's complete official catalog a gap is the department's to explain (WARNING); against the
     * partial catalogs shipped in the jar it is the bureau's (INFO, never in the workbook sent back).
     */
    private void checkCatalog(Kind kind, String code, String name, RawRow raw) {
        Integer year = table.year() != null ? table.year() : codesReported.yearHint();
        Optional<Map<String, String>> complete = year == null ? Optional.empty() : official.complete(kind, year);
        List<String> knownNames = complete.map(c -> c.containsKey(code) ? List.of(c.get(code)) : List.<String>of())
                .orElseGet(() -> catalog.lookup(kind, code).stream().map(Classification::name).toList());
        Severity severity = complete.isPresent() ? Severity.WARNING : Severity.INFO;
        String normalizedName = TextNormalizer.normalize(name);
        if (knownNames.isEmpty()) {
            findings.add(Finding.of("MAP-UNKNOWN-CODE", layout.code(), List.of(raw.labelCell()), code, name)
                    .withSeverity(severity));
        } else if (!normalizedName.isEmpty()
                && knownNames.stream().noneMatch(n -> TextNormalizer.normalize(n).equals(normalizedName))) {
            findings.add(Finding.of("MAP-NAME-DIFFERS", layout.code(), List.of(raw.labelCell()), code, name,
                    knownNames.get(knownNames.size() - 1)).withSeverity(severity));
        }
    }

    private KeyedRow totalLine(RawRow raw) {
        String key = layout.totalLines().get(TextNormalizer.label(raw.label()));
        return key == null ? unexpected(raw, Messages.text("finding.MAP-UNKNOWN-ROW.total-line", raw.label().strip()))
                : new KeyedRow(key, raw.label().strip(), 0, null, raw.amounts(), raw.labelCell());
    }

    private KeyedRow fixedLine(RawRow raw) {
        BlockLayout block = layout.blocks().get(raw.block());
        Set<String> seen = linesSeen.computeIfAbsent(raw.block(), b -> new java.util.HashSet<>());
        String label = TextNormalizer.label(raw.label());
        if (label.isEmpty()) {
            return raw.hasAmount() ? unexpected(raw, Messages.text("finding.MAP-UNKNOWN-ROW.unlabelled")) : null;
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
            } else if (candidate.after() != null && seen.contains(candidate.after())) {
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
            return unexpected(raw, Messages.text("finding.MAP-UNKNOWN-ROW.line", raw.label().strip()));
        }
        seen.add(key);
        int level = key.chars().allMatch(Character::isDigit) ? 1 : 0;
        return new KeyedRow(key, raw.label().strip(), level, null, raw.amounts(), raw.labelCell());
    }

    private KeyedRow unexpected(RawRow raw, String what) {
        Finding finding = Finding.of("MAP-UNKNOWN-ROW", layout.code(), List.of(raw.labelCell()), what,
                raw.hasAmount() ? Messages.text("finding.MAP-UNKNOWN-ROW.not-loaded") : "");
        findings.add(raw.hasAmount() ? finding : finding.withSeverity(Severity.WARNING));
        return null;
    }
}
