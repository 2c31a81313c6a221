package org.juesuan.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.juesuan.layout.DetectedTable;
import org.juesuan.layout.ExtractedTable;
import org.juesuan.layout.LayoutException;
import org.juesuan.layout.SheetLayoutDetector;
import org.juesuan.layout.TableBodyReader;
import org.juesuan.layout.Unit;
import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.mapping.RowKeyMapper;
import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.juesuan.model.Fact;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.Submission;
import org.juesuan.model.TableCode;
import org.juesuan.model.TablePresence;
import org.juesuan.read.SheetGrid;
import org.juesuan.read.UnreadableWorkbookException;
import org.juesuan.read.WorkbookReader;
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

    private final WorkbookReader reader;
    private final SheetLayoutDetector detector;
    private final TableBodyReader bodyReader;
    private final RowKeyMapper mapper;
    private final FigureValidator figureValidator;
    private final RuleEngine ruleEngine;

    public SubmissionAnalyzer(WorkbookReader reader, SheetLayoutDetector detector, TableBodyReader bodyReader,
                              RowKeyMapper mapper, FigureValidator figureValidator, RuleEngine ruleEngine) {
        this.reader = reader;
        this.detector = detector;
        this.bodyReader = bodyReader;
        this.mapper = mapper;
        this.figureValidator = figureValidator;
        this.ruleEngine = ruleEngine;
    }

    public Submission analyze(SubmissionSource source, ImportOptions options) {
        Submission submission;
        try {
            submission = new Submission(source.path().toString(), source.sha256());
        } catch (RuntimeException e) {
            return Submission.rejected(source.path().toString(), "", source.displayName() + ": cannot be read ("
                    + e.getMessage() + ")");
        }
        try {
            List<DetectedTable> detected = detectTables(source, submission.findings());
            submission.setDepartmentName(department(detected, submission.findings()));
            submission.setFiscalYear(year(detected, options, source));
            Unit fallbackUnit = commonUnit(detected, source);
            Map<TableCode, MappedTable> tables = new EnumMap<>(TableCode.class);
            Set<String> codesReported = new HashSet<>();
            for (DetectedTable table : detected) {
                Unit unit = table.unit() != null ? table.unit() : fallbackUnit;
                if (table.unit() == null) {
                    submission.findings().add(new Finding("READ-NO-UNIT", Severity.WARNING, table.layout().code(),
                            "no 金额单位 line; read as " + unit.label() + " like the other tables of this submission",
                            null, null, List.of(titleCell(table))));
                }
                ExtractedTable extracted = bodyReader.read(table, unit);
                submission.findings().addAll(extracted.findings());
                MappedTable mapped = mapper.map(extracted, submission.findings(), codesReported);
                figureValidator.check(mapped, submission.findings());
                tables.put(mapped.code(), mapped);
                submission.tables().add(new TablePresence(mapped.code(), table.grid().fileName(),
                        table.grid().sheetName(), unit.label(), mapped.rows().size(), extracted.note()));
                addFacts(mapped, submission.facts());
            }
            if (options.applyRules()) {
                submission.setRuleCounts(ruleEngine.check(tables, submission.fiscalYear(), submission.findings()));
            }
            submission.settleStatus();
            if (options.rejectOnError() && submission.errorCount() > 0) {
                submission.reject(submission.errorCount() + " ERROR findings and --reject-on-error is set");
            }
        } catch (UnreadableWorkbookException | LayoutException e) {
            submission.reject(e.getMessage());
        } catch (RuntimeException e) {
            // A fault of ours must cost this one submission, not the night's run.
            LOG.error("unexpected failure on {}", source.path(), e);
            submission.reject(source.displayName() + ": internal error while reading (" + e + "); please report it");
        }
        return submission;
    }

    private List<DetectedTable> detectTables(SubmissionSource source, List<Finding> findings)
            throws UnreadableWorkbookException, LayoutException {
        Map<TableCode, DetectedTable> tables = new LinkedHashMap<>();
        int sheets = 0;
        for (Path file : source.files()) {
            String refusal = WorkbookPreflight.refusal(file);
            if (refusal != null) {
                throw new UnreadableWorkbookException(refusal);
            }
            for (SheetGrid grid : reader.read(file)) {
                sheets++;
                CellLimits.check(grid);
                Optional<DetectedTable> found = detector.detect(grid);
                if (found.isEmpty()) {
                    continue;
                }
                DetectedTable table = found.get();
                DetectedTable earlier = tables.putIfAbsent(table.layout().code(), table);
                if (earlier != null) {
                    findings.add(new Finding("READ-DUPLICATE-TABLE", Severity.ERROR, table.layout().code(),
                            table.layout().code() + " " + table.layout().title() + " appears twice; only "
                                    + titleCell(earlier) + " is read",
                            null, null, List.of(titleCell(table), titleCell(earlier))));
                }
            }
        }
        if (tables.isEmpty()) {
            throw new LayoutException(source.displayName() + ": not a 决算 submission — none of the " + sheets
                    + " sheets carries one of the thirteen table titles (e.g. 收入支出决算总表) in its first rows");
        }
        return List.copyOf(tables.values());
    }

    private static String department(List<DetectedTable> tables, List<Finding> findings) throws LayoutException {
        Map<String, Long> names = tables.stream().map(DetectedTable::departmentName).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        if (names.isEmpty()) {
            DetectedTable first = tables.get(0);
            throw new LayoutException(titleCell(first) + ": no 部门：/ 单位名称： line under any table title, "
                    + "so the submission cannot be attributed to a department");
        }
        String name = names.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        for (DetectedTable table : tables) {
            if (table.departmentName() != null && !table.departmentName().equals(name)) {
                findings.add(new Finding("READ-DEPARTMENT-DIFFERS", Severity.WARNING, table.layout().code(),
                        "部门 line reads '" + table.departmentName() + "', the other tables say '" + name + "'",
                        null, null, List.of(titleCell(table))));
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
        throw new LayoutException(source.displayName() + ": no fiscal year in the titles, the furniture lines or "
                + "the file name; pass --year");
    }

    private static Unit commonUnit(List<DetectedTable> tables, SubmissionSource source) throws LayoutException {
        return tables.stream().map(DetectedTable::unit).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow(() -> new LayoutException(source.displayName()
                        + ": no table states its 金额单位 (万元 or 元); amounts cannot be read safely"));
    }

    private static void addFacts(MappedTable table, List<Fact> facts) {
        for (KeyedRow row : table.rows()) {
            for (Map.Entry<String, Amount> e : row.amounts().entrySet()) {
                if (!e.getValue().isZero()) {
                    facts.add(new Fact(table.code(), row.rowKey(), row.rowName(), e.getKey(),
                            e.getValue().yuan(), e.getValue().cell()));
                }
            }
        }
    }

    private static CellRef titleCell(DetectedTable table) {
        return new CellRef(table.grid().fileName(), table.grid().sheetName(), CellRef.a1(table.titleRow(), 0));
    }
}
