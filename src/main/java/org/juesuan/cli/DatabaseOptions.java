package org.juesuan.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** Where the warehouse is; without these, JUESUAN_DB_* or the embedded H2 file under ./data/. */
public class DatabaseOptions {

    @Option(names = "--db-url", paramLabel = "URL", description = "数据库的 JDBC 地址，如 jdbc:mysql://127.0.0.1:3306/juesuan（环境变量 JUESUAN_DB_URL）")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "数据库用户（环境变量 JUESUAN_DB_USER）")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "数据库密码（环境变量 JUESUAN_DB_PASSWORD）")
    String password;

    /** Spring arguments that override the configured database. */
    List<String> springArguments() {
        List<String> args = new ArrayList<>();
        if (url != null) {
            args.add("--spring.datasource.url=" + url);
        }
        if (user != null) {
            args.add("--spring.datasource.username=" + user);
        }
        if (password != null) {
            args.add("--spring.datasource.password=" + password);
        }
        return args;
    }
}
