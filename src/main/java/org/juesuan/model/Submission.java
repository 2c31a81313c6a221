package org.juesuan.model;

import java.util.ArrayList;
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
    private final List<Fact> facts = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

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
        facts.clear();
    }

    /** Decides LOADED or LOADED_WITH_ERRORS from the findings; REJECTED stays. */
    public void settleStatus() {
        if (status == SubmissionStatus.REJECTED) {
            return;
        }
        boolean anyError = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        status = anyError ? SubmissionStatus.LOADED_WITH_ERRORS : SubmissionStatus.LOADED;
    }

    public long errorCount() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warningCount() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    public String sourcePath() { return sourcePath; }
    public String sha256() { return sha256; }
    public String departmentName() { return departmentName; }
    public Integer fiscalYear() { return fiscalYear; }
    public SubmissionStatus status() { return status; }
    public String rejectReason() { return rejectReason; }
    public List<TablePresence> tables() { return tables; }
    public List<Fact> facts() { return facts; }
    public List<Finding> findings() { return findings; }

    public RuleCounts ruleCounts() { return ruleCounts; }
    public void setRuleCounts(RuleCounts ruleCounts) { this.ruleCounts = ruleCounts; }
    public void setDepartmentName(String departmentName) { this.departmentName = departmentName; }
    public void setFiscalYear(Integer fiscalYear) { this.fiscalYear = fiscalYear; }
}
