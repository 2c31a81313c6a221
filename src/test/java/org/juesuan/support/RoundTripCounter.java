package org.juesuan.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Message;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;

/**
 * Counts the commands Connector/J sends to the server — each one a round trip (queries, commits, savepoints,
 * {@code SET autocommit}, pings) — by what they say: the first words of the statement, numbers blanked. Install
 * with {@code queryInterceptors=org.juesuan.support.RoundTripCounter} in the JDBC URL; the counts are global to
 * the JVM.
 */
public final class RoundTripCounter implements QueryInterceptor {

    private static final int COM_QUERY = 3;
    private static final int COM_PING = 14;
    /** The kind under which the pool's connection checks (COM_PING) are counted. */
    public static final String PING = "(ping)";
    private static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();

    /** Appended to a MySQL/MariaDB JDBC URL that already has options ({@code ?…}). */
    public static final String URL_OPTION = "&queryInterceptors=" + RoundTripCounter.class.getName();

    public static void reset() {
        COUNTS.clear();
    }

    public static long total() {
        return COUNTS.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Round trips by statement kind, sorted. */
    public static Map<String, Long> byKind() {
        Map<String, Long> copy = new TreeMap<>();
        COUNTS.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    @Override
    public <M extends Message> M preProcess(M message) {
        byte[] bytes = message.getByteBuffer();
        int length = Math.min(message.getPosition(), bytes.length);
        String kind;
        if (length > 0 && bytes[0] == COM_QUERY) {
            String sql = new String(bytes, 1, Math.min(length - 1, 120), StandardCharsets.UTF_8);
            kind = kind(sql);
        } else {
            kind = length > 0 && bytes[0] == COM_PING ? PING : length > 0 ? "(command " + bytes[0] + ")" : "(empty)";
        }
        COUNTS.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        return null;
    }

    /** "SELECT … FROM import_item …" → "SELECT import_item": the verb and the first table it names. */
    static String kind(String sql) {
        String s = sql.strip().replaceAll("\\s+", " ");
        String upper = s.toUpperCase(java.util.Locale.ROOT);
        String verb = upper.split(" ", 2)[0];
        String table = "";
        for (String marker : new String[] {" FROM ", " INTO ", "UPDATE ", " TABLE "}) {
            int at = upper.indexOf(marker);
            if (at >= 0) {
                String rest = s.substring(at + marker.length()).strip();
                table = " " + rest.split("[ (,]", 2)[0];
                break;
            }
        }
        if (verb.equals("SET") || verb.equals("SAVEPOINT") || verb.equals("RELEASE") || verb.equals("ROLLBACK")
                || verb.equals("COMMIT") || verb.equals("SHOW")) {
            return s.replaceAll("[0-9]+", "#").replaceAll("`[^`]*`", "`…`");
        }
        return verb + table;
    }

    @Override
    public QueryInterceptor init(MysqlConnection conn, Properties props, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return false;
    }

    @Override
    public void destroy() {
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query interceptedQuery, T originalResultSet,
                                               ServerSession serverSession) {
        return null;
    }
}
