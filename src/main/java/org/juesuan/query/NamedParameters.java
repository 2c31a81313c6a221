package org.juesuan.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement's named parameters ({@code :year}, {@code :department}) turned into JDBC's {@code ?}. Names are
 * found in the code only, so {@code '12:30'} in a literal or a comment is left alone, and neither {@code ::} nor
 * MySQL's {@code :=} is a parameter.
 *
 * @param sql   the statement with a {@code ?} for each occurrence
 * @param order the parameter name of each {@code ?}, in order
 */
public record NamedParameters(String sql, List<String> order) {

    private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([A-Za-z_][A-Za-z0-9_]*)");

    public static NamedParameters of(String sql) {
        SqlCode code = SqlCode.of(sql, SqlDialect.MYSQL);
        Matcher m = NAME.matcher(code.text());
        StringBuilder out = new StringBuilder();
        List<String> order = new ArrayList<>();
        int copied = 0;
        while (m.find()) {
            int start = code.origin()[m.start()];
            int end = code.origin()[m.end() - 1] + 1;
            out.append(sql, copied, start).append('?');
            copied = end;
            order.add(m.group(1));
        }
        out.append(sql.substring(copied));
        return new NamedParameters(out.toString(), List.copyOf(order));
    }

    /** The distinct names, in order of first use. */
    public Set<String> names() {
        return new LinkedHashSet<>(order);
    }
}
