package org.juesuan.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a finance officer reads, from one bundle ({@code messages.properties}, Chinese, the default;
 * {@code messages_en.properties} with {@code --lang en}). Findings, refusals, report words and table names are
 * declared there once; code passes a key and arguments.
 */
public final class Messages {

    private static final String BUNDLE = "messages";
    private static volatile Locale locale = Locale.SIMPLIFIED_CHINESE;

    private Messages() {
    }

    /** {@code zh} (default) or {@code en}; chosen once per process by the command line. */
    public static void useLanguage(String language) {
        locale = "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public static Locale locale() {
        return locale;
    }

    /** The bundle of the current language; Chinese is the root bundle, so no JVM default locale leaks in. */
    public static ResourceBundle bundle() {
        return bundle(locale);
    }

    public static ResourceBundle bundle(Locale of) {
        return ResourceBundle.getBundle(BUNDLE, of, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text under {@code key} with {@code {0}, {1} …} filled in (arguments are shown as given: format amounts first). */
    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message " + key + " in " + BUNDLE + ".properties", e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] == null ? "" : args[i] instanceof Number n && !(n instanceof BigDecimal) ? n.toString()
                    : args[i] instanceof BigDecimal d ? amount(d) : args[i].toString();
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public static boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** An amount as printed on the sheets: thousands separated, two decimals. */
    public static String amount(BigDecimal value) {
        return value == null ? "" : new DecimalFormat("#,##0.00").format(value);
    }

    /** The word for a severity: 错误 / 提示 / 说明. */
    public static String severity(Severity severity) {
        return text("severity." + severity.name());
    }

    /** 审核通过 / 审核不通过 / 无法读取. */
    public static String status(SubmissionStatus status) {
        return text("status." + status.name());
    }

    /** The table's name as printed on its sheet (收入支出决算总表 …). */
    public static String table(TableCode table) {
        return text("table." + table.name());
    }
}
