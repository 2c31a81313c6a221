package org.juesuan.model;

/**
 * ERROR = 错误, 必须满足 (the submission is flagged 审核不通过); WARNING = 提示 (needs an explanation, still LOADED);
 * INFO = 说明, for the bureau only (e.g. columns skipped, a code missing from an incomplete catalog): never flags
 * a submission and never reaches the workbook sent back to a department.
 */
public enum Severity {
    ERROR, WARNING, INFO
}
