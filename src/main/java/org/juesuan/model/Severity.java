package org.juesuan.model;

/** ERROR = 必须满足 (the submission is flagged); WARNING = 提示 (needs an explanation, still LOADED). */
public enum Severity {
    ERROR, WARNING
}
