package org.juesuan.validate;

/** A rule file that cannot be used as written; the message names file › rule › key and what is wrong, in Chinese. */
public final class RuleFileException extends IllegalStateException {

    RuleFileException(String message) {
        super(message);
    }
}
