package org.juesuan.summary;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;

import org.juesuan.model.Messages;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.model.TableCode;

/**
 * The words printed in a summary workbook, always from the Chinese bundle: the tables are the Chinese forms
 * whatever language the command speaks ({@code --lang en}), so the reader — and a finance office — can read them.
 */
final class PrintedWords {

    private static final Locale FORMS = Locale.SIMPLIFIED_CHINESE;

    private PrintedWords() {
    }

    static String text(String key, Object... args) {
        String pattern = Messages.bundle(FORMS).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // numbers as plain digits (a year is 2023, not 2,023); amounts never come here unformatted
            shown[i] = args[i] instanceof Number n && !(n instanceof BigDecimal) ? n.toString()
                    : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, FORMS).format(shown);
    }

    static String table(TableCode table) {
        return text("table." + table.name());
    }

    static String status(SubmissionStatus status) {
        return text("status." + status.name());
    }
}
