package org.juesuan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.juesuan.model.Messages;
import org.juesuan.web.account.PortalAccount;
import org.juesuan.web.account.PortalAccounts;
import org.juesuan.web.account.PortalAccounts.AccountException;
import org.juesuan.web.account.PortalRole;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The portal's accounts, kept by the bureau at the shell: the first bureau account is made here. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "门户账户：user add 建立账户并给出一次性初始密码，user reset 重发初始密码并解锁，user list 列出账户。",
        subcommands = {UserCommand.Add.class, UserCommand.Reset.class, UserCommand.ListAccounts.class})
class UserCommand {

    /** The accounts service over the warehouse (migrated first, so the tables exist). */
    private static PortalAccounts accounts(ConfigurableApplicationContext context) {
        return new PortalAccounts(context.getBean(JdbcTemplate.class), Duration.ofMinutes(Long.parseLong(
                context.getEnvironment().getProperty("juesuan.portal.lock-minutes", "30"))));
    }

    /** The one-time password: generated, or the first line of stdin with --password-stdin (never an argument). */
    private static String initialPassword(boolean fromStdin) throws IOException {
        if (!fromStdin) {
            return null;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line.strip();
    }

    /** A generated one-time password is shown once, here; one read from stdin is never echoed. */
    private static void printInitial(PrintWriter out, String fromStdin, String password) {
        if (fromStdin == null) {
            out.println(Messages.text("user.password.once", password));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "建立账户。单位账户只能看本单位（--department 与报表上印的单位名称一致）；财政部门账户看全部。"
                    + "打印一次性初始密码（只显示这一次，只存其散列），首次登录须改密码。")
    static class Add implements Callable<Integer> {

        @Option(names = "--username", required = true, description = "登录名")
        String username;

        @Option(names = "--role", required = true, paramLabel = "department|bureau", description = "department（单位）或 bureau（财政部门）")
        String role;

        @Option(names = "--department", paramLabel = "NAME", description = "单位名称，单位账户必填")
        String department;

        @Option(names = "--password-stdin", description = "从标准输入读初始密码（一行），不自动生成")
        boolean passwordStdin;

        @Mixin
        DatabaseOptions db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PortalRole portalRole;
            try {
                portalRole = PortalRole.valueOf(role.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println(Messages.text("user.add.role"));
                return 2;
            }
            String initial = initialPassword(passwordStdin);
            try (ConfigurableApplicationContext context = Warehouse.open(db)) {
                String password = accounts(context).add(username, portalRole, department, initial);
                PrintWriter out = spec.commandLine().getOut();
                out.println(Messages.text("user.add.done", Messages.text("portal.role." + portalRole.name()),
                        username.strip(), department == null ? "" : "（" + department.strip() + "）"));
                printInitial(out, initial, password);
                if (initial != null) {
                    out.println(Messages.text("user.password.stdin"));
                }
                return 0;
            } catch (AccountException e) {
                err.println("user add: " + e.getMessage());
                return 2;
            } catch (Warehouse.UnavailableException e) {
                err.println("user add: " + e.getMessage());
                return 3;
            }
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "给账户一个新的一次性初始密码并解除锁定；首次登录须改密码。")
    static class Reset implements Callable<Integer> {

        @Parameters(paramLabel = "USERNAME", description = "登录名")
        String username;

        @Option(names = "--password-stdin", description = "从标准输入读初始密码（一行），不自动生成")
        boolean passwordStdin;

        @Mixin
        DatabaseOptions db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            String initial = initialPassword(passwordStdin);
            try (ConfigurableApplicationContext context = Warehouse.open(db)) {
                String password = accounts(context).reset(username, initial);
                PrintWriter out = spec.commandLine().getOut();
                out.println(Messages.text("user.reset.done", username));
                printInitial(out, initial, password);
                return 0;
            } catch (AccountException e) {
                err.println("user reset: " + e.getMessage());
                return 2;
            } catch (Warehouse.UnavailableException e) {
                err.println("user reset: " + e.getMessage());
                return 3;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出账户：角色、单位、是否须改密码、是否锁定、最近登录。")
    static class ListAccounts implements Callable<Integer> {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        @Mixin
        DatabaseOptions db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Warehouse.open(db)) {
                List<PortalAccount> all = accounts(context).list();
                PrintWriter out = spec.commandLine().getOut();
                if (all.isEmpty()) {
                    out.println(Messages.text("user.list.none"));
                    return 0;
                }
                out.println(Messages.text("user.list.header"));
                LocalDateTime now = LocalDateTime.now();
                for (PortalAccount a : all) {
                    out.println(String.join("\t", a.username(), Messages.text("portal.role." + a.role().name()),
                            a.departmentName() == null ? "" : a.departmentName(), a.mustChangePassword() ? Messages.text("user.list.yes") : "",
                            a.lockedAt(now) ? TIME.format(a.lockedUntil()) : "",
                            a.lastLoginAt() == null ? "" : TIME.format(a.lastLoginAt())));
                }
                out.flush();
                return 0;
            } catch (Warehouse.UnavailableException e) {
                spec.commandLine().getErr().println("user list: " + e.getMessage());
                return 3;
            }
        }
    }
}
