package org.juesuan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.juesuan.model.CellRef;
import org.juesuan.model.Fact;
import org.juesuan.model.Finding;
import org.juesuan.model.Submission;
import org.juesuan.model.TablePresence;

/**
 * What a generated (or hand-made) workbook must yield, from its {@code .expected.csv}:
 * {@code table_code,row_key,row_name,column_key,amount_wan} fact lines, {@code NOTE} lines (空表说明), and
 * optionally {@code TABLE} lines (every table the import must find, no other) and {@code FINDING} lines
 * ({@code T03,FINDING,READ-UNKNOWN-COLUMN,K9,}: reading/mapping findings the import must report, no other; a cell
 * {@code *} matches any cell), and
 * optionally a {@code ,STATUS,LOADED,,} line with {@code AUDIT} lines ({@code T01,AUDIT,X2-CLASS,WARNING,E7 F9}:
 * the audit findings, their severity and every cell they name; with a STATUS line, exactly these).
 * Compared with what the import read: every expected fact exactly (in 元), and no other non-zero fact.
 */
public record ExpectedFacts(Set<String> facts, Map<String, String> notes, Set<String> tables, Set<String> findings,
                            String status, Set<String> audit) {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    /** Codes the partial reference catalog lacks are reported but are not reading faults. */
    private static final Set<String> TOLERATED = Set.of("MAP-UNKNOWN-CODE", "MAP-NAME-DIFFERS");

    /** {@code x.xlsx} → {@code x.expected.csv}; a folder {@code x} → {@code x.expected.csv}. */
    public static Path csvBeside(Path workbookOrFolder) {
        String name = workbookOrFolder.getFileName().toString();
        String stem = Files.isDirectory(workbookOrFolder) || name.lastIndexOf('.') < 0 ? name
                : name.substring(0, name.lastIndexOf('.'));
        return workbookOrFolder.resolveSibling(stem + ".expected.csv");
    }

    public static ExpectedFacts read(Path csv) throws IOException {
        return parse(Files.readAllLines(csv, StandardCharsets.UTF_8));
    }

    public static ExpectedFacts parse(List<String> lines) {
        Set<String> facts = new TreeSet<>();
        Map<String, String> notes = new LinkedHashMap<>();
        Set<String> tables = new TreeSet<>();
        Set<String> findings = new TreeSet<>();
        String status = null;
        Set<String> audit = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            switch (f[1]) {
                case "NOTE" -> notes.put(f[0], f[2]);
                case "TABLE" -> tables.add(f[0]);
                case "FINDING" -> findings.add(f[0] + "|" + f[2] + "|" + f[3]);
                case "STATUS" -> status = f[2];
                case "AUDIT" -> audit.add(f[0] + "|" + f[2] + "|" + f[3] + "|" + f[4]);
                default -> {
                    // row names may hold commas; the key and the amount are the last two fields
                    BigDecimal yuan = new BigDecimal(f[f.length - 1]).multiply(WAN);
                    if (yuan.signum() != 0) {
                        facts.add(key(f[0], f[1], f[f.length - 2], yuan));
                    }
                }
            }
        }
        return new ExpectedFacts(facts, notes, tables, findings, status, audit);
    }

    /** A fact as text; an amount finer than a 分 (one the import failed to round) stays visible as it is. */
    public static String key(String table, String row, String column, BigDecimal yuan) {
        BigDecimal shown = yuan.stripTrailingZeros().scale() <= 2 ? yuan.setScale(2) : yuan;
        return table + "|" + row + "|" + column + "|" + shown.toPlainString();
    }

    public static Set<String> factsOf(Submission submission) {
        Set<String> read = new TreeSet<>();
        for (Fact f : submission.facts()) {
            read.add(key(f.table().name(), f.rowKey(), f.columnKey(), f.amountYuan()));
        }
        return read;
    }

    /** Reading/mapping findings as {@code T03|RULE|A9}, the first cell of each. */
    public static Set<String> stumblesOf(Submission submission) {
        Set<String> found = new TreeSet<>();
        for (Finding f : submission.findings()) {
            if ((f.ruleId().startsWith("READ-") || f.ruleId().startsWith("MAP-")) && !TOLERATED.contains(f.ruleId())) {
                CellRef at = f.primaryCell();
                found.add(f.table() + "|" + f.ruleId() + "|" + (at == null ? "" : at.cell()));
            }
        }
        return found;
    }

    /** Audit findings (not reading or mapping, not INFO) as {@code T01|X2-CLASS|WARNING|E7 F9}. */
    public static Set<String> auditOf(Submission submission) {
        Set<String> found = new TreeSet<>();
        for (Finding f : submission.findings()) {
            if (!f.ruleId().startsWith("READ-") && !f.ruleId().startsWith("MAP-") && !f.severity().name().equals("INFO")) {
                found.add(f.table() + "|" + f.ruleId() + "|" + f.severity() + "|"
                        + String.join(" ", f.cells().stream().map(CellRef::cell).toList()));
            }
        }
        return found;
    }

    /**
     * Every expected fact, exactly, no unexpected non-zero fact, each 空表说明 kept with its table, and — where the
     * file lists them — exactly the expected tables and reading findings.
     */
    public void assertMatches(Submission submission, String what) {
        Set<String> read = factsOf(submission);
        Set<String> missing = new TreeSet<>(facts);
        missing.removeAll(read);
        Set<String> unexpected = new TreeSet<>(read);
        unexpected.removeAll(facts);
        assertThat(missing).as(what + ": expected facts not read (" + missing.size() + " of " + facts.size() + ")")
                .isEmpty();
        assertThat(unexpected).as(what + ": facts read that are not expected").isEmpty();
        for (Map.Entry<String, String> note : notes.entrySet()) {
            String kept = submission.tables().stream().filter(t -> t.table().name().equals(note.getKey()))
                    .map(TablePresence::note).findFirst().orElse(null);
            assertThat(kept).as(what + ": 说明 of " + note.getKey()).isNotNull().contains(note.getValue());
        }
        if (!tables.isEmpty()) {
            assertThat(new TreeSet<>(submission.tables().stream().map(t -> t.table().name()).toList()))
                    .as(what + ": tables found").isEqualTo(tables);
        }
        Set<String> stumbles = new TreeSet<>();
        for (String found : stumblesOf(submission)) { // an expected cell * stands for any cell
            String anyCell = found.substring(0, found.lastIndexOf('|') + 1) + "*";
            stumbles.add(findings.contains(anyCell) ? anyCell : found);
        }
        assertThat(stumbles).as(what + ": reading and mapping findings").isEqualTo(findings);
        if (status != null) {
            assertThat(submission.status().name()).as(what + ": status").isEqualTo(status);
            assertThat(auditOf(submission)).as(what + ": audit findings").isEqualTo(audit);
        }
    }
}
