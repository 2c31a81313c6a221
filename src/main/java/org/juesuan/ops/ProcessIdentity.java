package org.juesuan.ops;

import java.net.InetAddress;

/** This process as the ledger names it: host and process id. */
public final class ProcessIdentity {

    public static final String HOST = host();
    public static final long PID = ProcessHandle.current().pid();

    private ProcessIdentity() {
    }

    public static String name() {
        return HOST + ":" + PID;
    }

    private static String host() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }
}
