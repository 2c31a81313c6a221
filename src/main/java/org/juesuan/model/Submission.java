package org.juesuan.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Everything one workbook (or one folder of per-table files) yielded, ready to be loaded. */
public final class Submission {

    private final String sourcePath;
    private final String sha256;
    private String departmentName;
    private Integer fiscalYear;
    private SubmissionStatus status;
    private String rejectReason;
    private RuleCounts ruleCounts = RuleCounts.NONE;
    private final List<TablePresence> tables = new ArrayList<>();
    private Collection<Fact> facts = List.of();
    private final FindingList findings = new FindingList();
    private Iterable<ClassCode> functionalCodes = List.of();
    private Iterable<ClassCode> economicCodes = List.of();

    public Submission(String sourcePath, String sha256) {
        this.sourcePath = sourcePath;
        this.sha256 = sha256;
    }

    public static Submission rejected(String sourcePath, String sha256, String reason) {
        Submission submission = new Submission(sourcePath, sha256);
        submission.reject(reason);
        return submission;
    }

    public void reject(String reason) {
        this.status = SubmissionStatus.REJECTED;
        this.rejectReason = reason;
        facts = List.of();
        findings.closeOverflow();
    }

    /** Decides LOADED or LOADED_WITH_ERRORS from the findings; REJECTED stays. */
    public void settleStatus() {
        findings.closeOverflow();
        if (status == SubmissionStatus.REJECTED) {
            return;
        }
        status = errorCount() > 0 ? SubmissionStatus.LOADED_WITH_ERRORS : SubmissionStatus.LOADED;
    }

    /** ERROR findings, including those counted but not listed (see {@link FindingList}). */
    public long errorCount() {
        return findings.count(Severity.ERROR);
    }

    public long warningCount() {
        return findings.count(Severity.WARNING);
    }

    public String sourcePath() { return sourcePath; }
    public String sha256() { return sha256; }
    public String departmentName() { return departmentName; }
    public Integer fiscalYear() { return fiscalYear; }
    public SubmissionStatus status() { return status; }
    public String rejectReason() { return rejectReason; }
    public List<TablePresence> tables() { return tables; }
    /** The figures to load, in 元 (a view over the keyed tables: a million of them are not held as objects). */
    public Collection<Fact> facts() { return facts; }
    public FindingList findings() { return findings; }
    public void setFacts(Collection<Fact> facts) { this.facts = facts; }
    /** 功能分类 / 经济分类 codes the facts stand under, each once, in one fixed order. */
    public Iterable<ClassCode> functionalCodes() { return functionalCodes; }
    public Iterable<ClassCode> economicCodes() { return economicCodes; }
    public void setClassCodes(Iterable<ClassCode> functional, Iterable<ClassCode> economic) {
        this.functionalCodes = functional;
        this.economicCodes = economic;
    }

    public RuleCounts ruleCounts() { return ruleCounts; }
    public void setRuleCounts(RuleCounts ruleCounts) { this.ruleCounts = ruleCounts; }
    public void setDepartmentName(String departmentName) { this.departmentName = departmentName; }
    public void setFiscalYear(Integer fiscalYear) { this.fiscalYear = fiscalYear; }
}
