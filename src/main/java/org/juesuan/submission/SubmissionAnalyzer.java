package org.juesuan.submission;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.juesuan.layout.DetectedTable;
import org.juesuan.layout.LayoutException;
import org.juesuan.layout.Unit;
import org.juesuan.mapping.MappedTable;
import org.juesuan.mapping.SubmissionCodes;
import org.juesuan.model.Messages;
import org.juesuan.submission.SubmissionTables;
import org.juesuan.mapping.TableFacts;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.Submission;
import org.juesuan.model.TableCode;
import org.juesuan.model.TablePresence;
import org.juesuan.read.UnreadableWorkbookException;
import org.juesuan.validate.FigureValidator;
import org.juesuan.validate.RuleEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One submission through read → detect layout → map codes → validate. Produces facts and
 * findings ready to load, or a rejection whose reason names the file, sheet and cell.
 */
@Component
public class SubmissionAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionAnalyzer.class);

    private final SubmissionTables tableReader;
    private final FigureValidator figureValidator;
    private final RuleEngine ruleEngine;

    public SubmissionAnalyzer(SubmissionTables tableReader, FigureValidator figureValidator, RuleEngine ruleEngine) {
        this.tableReader = tableReader;
        this.figureValidator = figureValidator;
        this.ruleEngine = ruleEngine;
    }

    public Submission analyze(SubmissionSource source, ImportOptions options) {
        Submission submission;
        try {
            submission = new Submission(source.path().toString(), source.sha256());
        } catch (RuntimeException e) {
            return Submission.rejected(source.path().toString(), "", Messages.text("refusal.cannot-open",
                    source.displayName(), e.getMessage()));
        }
        try {
            for (Path file : source.files()) {
                String refusal = WorkbookPreflight.refusal(file); // zip bombs, encrypted, 10,000 sheets …
                if (refusal != null) {
                    throw new UnreadableWorkbookException(refusal);
                }
            }
            // read → detect → extract → map, streaming every sheet once; only keyed rows are kept
            List<MappedTable> read = tableReader.read(source.files(), source.displayName(), submission.findings());
            List<DetectedTable> detected = read.stream().map(t -> t.source().detected()).toList();
            submission.setDepartmentName(department(detected, submission.findings()));
            submission.setFiscalYear(year(detected, options, source));
            Unit fallbackUnit = commonUnit(detected, source);
            Map<TableCode, MappedTable> tables = new EnumMap<>(TableCode.class);
            for (MappedTable mapped : read) {
                DetectedTable table = mapped.source().detected();
                if (table.unit() == null) {
                    submission.findings().add(Finding.of("READ-NO-UNIT", table.layout().code(),
                            List.of(table.titleCell()), fallbackUnit.label()));
                    mapped = mapped.inUnit(fallbackUnit);
                }
                submission.findings().addAll(mapped.source().findings());
                figureValidator.check(mapped, submission.findings());
                tables.put(mapped.code(), mapped);
                submission.tables().add(new TablePresence(mapped.code(), table.grid().fileName(),
                        table.grid().sheetName(), mapped.source().detected().unit().label(), mapped.rows().size(),
                        mapped.source().note()));
            }
            List<MappedTable> loaded = List.copyOf(tables.values());
            submission.setFacts(new TableFacts(loaded));
            SubmissionCodes codes = new SubmissionCodes(loaded);
            submission.setClassCodes(codes.functional(), codes.economic());
            if (options.applyRules()) {
                submission.setRuleCounts(ruleEngine.check(tables, submission.fiscalYear(), submission.findings()));
            }
            submission.settleStatus();
            if (options.rejectOnError() && submission.errorCount() > 0) {
                Finding first = submission.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                        .findFirst().orElseThrow();
                submission.reject(Messages.text("refusal.reject-on-error",
                        first.primaryCell() != null ? first.primaryCell() : source.displayName(), first.message(),
                        submission.errorCount()));
            }
        } catch (UnreadableWorkbookException | LayoutException e) {
            submission.reject(e.getMessage());
        } catch (RuntimeException e) {
            // A fault of ours must cost this one submission, not the night's run.
            LOG.error("unexpected failure on {}", source.path(), e);
            submission.reject(Messages.text("refusal.internal-error", source.displayName(), e));
        }
        return submission;
    }

    private static String department(List<DetectedTable> tables, List<Finding> findings) throws LayoutException {
        Map<String, Long> names = tables.stream().map(DetectedTable::departmentName).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        if (names.isEmpty()) {
            DetectedTable first = tables.get(0);
            throw new LayoutException(Messages.text("refusal.no-department", first.titleCell(),
                    Messages.table(first.layout().code()), tables.size()));
        }
        String name = names.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        for (DetectedTable table : tables) {
            if (table.departmentName() != null && !table.departmentName().equals(name)) {
                findings.add(Finding.of("READ-DEPARTMENT-DIFFERS", table.layout().code(), List.of(table.titleCell()),
                        table.departmentName(), name));
            }
        }
        return name;
    }

    private static Integer year(List<DetectedTable> tables, ImportOptions options, SubmissionSource source)
            throws LayoutException {
        Optional<Integer> printed = tables.stream().map(DetectedTable::year).filter(Objects::nonNull).findFirst();
        if (printed.isPresent()) {
            return printed.get();
        }
        if (options.defaultYear() != null) {
            return options.defaultYear();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(20\\d{2})").matcher(source.displayName());
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        DetectedTable first = tables.get(0);
        throw new LayoutException(Messages.text("refusal.no-year", first.titleCell(), Messages.table(first.layout().code()),
                source.displayName()));
    }

    private static Unit commonUnit(List<DetectedTable> tables, SubmissionSource source) throws LayoutException {
        return tables.stream().map(DetectedTable::unit).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow(() -> new LayoutException(Messages.text("refusal.no-unit", tables.get(0).titleCell(),
                        Messages.table(tables.get(0).layout().code()), tables.size())));
    }
}
