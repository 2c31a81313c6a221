package org.juesuan.web.season;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A moment as the pages show it: local time of the server, to the minute. */
public final class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Times() {
    }

    public static String text(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }
}
