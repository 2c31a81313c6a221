package org.juesuan.cli;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.JuesuanApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context against the chosen database; failures become exit codes. */
final class Warehouse {

    /** The database could not be reached or prepared: exit code 3, nothing was written. */
    static final class UnavailableException extends Exception {
        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Warehouse() {
    }

    /** @param settings further Spring properties, as {@code --name=value} */
    static ConfigurableApplicationContext open(DatabaseOptions db, String... settings) throws UnavailableException {
        List<String> args = new ArrayList<>(db.springArguments());
        args.addAll(List.of(settings));
        try {
            return new SpringApplicationBuilder(JuesuanApplication.class).run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof SQLException) && !(cause instanceof ConnectException)) {
                cause = cause.getCause();
            }
            throw new UnavailableException("cannot open the warehouse: " + cause.getMessage(), e);
        }
    }
}
