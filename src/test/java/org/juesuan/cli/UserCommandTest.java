package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import picocli.CommandLine;

/**
 * {@code user add|reset|list} on a real MariaDB: the one-time password printed once and stored only as a bcrypt
 * hash, refusals with exit code 2 and a Chinese line, reset unlocking, and exit 3 when the database is down.
 */
class UserCommandTest {

    private static final Pattern ONE_TIME = Pattern.compile("初始密码（只显示这一次，首次登录须修改）：([A-Za-z0-9]{14})");
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private record Run(int exitCode, String out, String err) {
    }

    private static Run juesuan(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = JuesuanCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream((stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8)));
        try {
            return new Run(cli.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    private static String[] with(String url, String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--db-url", url, "--db-user", MariaDbTestDatabase.USER, "--db-password",
                MariaDbTestDatabase.PASSWORD}, 0, all, args.length, 6);
        return all;
    }

    private static String hash(String url, String username) throws Exception {
        try (Connection c = DriverManager.getConnection(url, MariaDbTestDatabase.USER, MariaDbTestDatabase.PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT password_hash FROM portal_account WHERE username = '" + username + "'")) {
            assertThat(rs.next()).as(username).isTrue();
            return rs.getString(1);
        }
    }

    private static void sql(String url, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url, MariaDbTestDatabase.USER, MariaDbTestDatabase.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void addResetAndListAccounts() throws Exception {
        String url = MariaDbTestDatabase.freshUrl("users");

        Run bureau = juesuan(null, with(url, "user", "add", "--username", "caizheng", "--role", "bureau"));
        assertThat(bureau.exitCode()).as(bureau.err()).isZero();
        assertThat(bureau.out()).startsWith("user add: 已建立财政部门账户 caizheng\n");
        Matcher printed = ONE_TIME.matcher(bureau.out());
        assertThat(printed.find()).as(bureau.out()).isTrue();
        String initial = printed.group(1);
        String stored = hash(url, "caizheng");
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(initial);
        assertThat(ENCODER.matches(initial, stored)).isTrue();

        Run department = juesuan("米易-初始密码-2023\n", with(url, "user", "add", "--username", "miyi", "--role",
                "department", "--department", "米易县经济信息化和科学技术局", "--password-stdin"));
        assertThat(department.exitCode()).as(department.err()).isZero();
        assertThat(department.out()).contains("已建立单位账户 miyi（米易县经济信息化和科学技术局）")
                .contains("初始密码已按标准输入设置").doesNotContain("米易-初始密码-2023");
        assertThat(ENCODER.matches("米易-初始密码-2023", hash(url, "miyi"))).isTrue();

        for (String[] refused : new String[][] {
                {"用户 caizheng 已存在；要重新发初始密码请用 user reset caizheng", "user", "add", "--username", "caizheng",
                        "--role", "bureau"},
                {"单位账户 jiaoyu 需要 --department", "user", "add", "--username", "jiaoyu", "--role", "department"},
                {"财政部门账户 boss 不属于某个单位", "user", "add", "--username", "boss", "--role", "bureau",
                        "--department", "米易县教育和体育局"},
                {"--role 只能是 department 或 bureau", "user", "add", "--username", "x", "--role", "admin"},
                {"用户名“a/b”不可用", "user", "add", "--username", "a/b", "--role", "bureau"},
                {"没有用户 nobody", "user", "reset", "nobody"}}) {
            Run run = juesuan(null, with(url, java.util.Arrays.copyOfRange(refused, 1, refused.length)));
            assertThat(run.exitCode()).as(refused[0]).isEqualTo(2);
            assertThat(run.err()).as(refused[0]).contains(refused[0]);
            assertThat(run.out()).as(refused[0]).isEmpty();
        }
        Run tooShort = juesuan("short\n", with(url, "user", "add", "--username", "jiaoyu", "--role", "department",
                "--department", "米易县教育和体育局", "--password-stdin"));
        assertThat(tooShort.exitCode()).isEqualTo(2);
        assertThat(tooShort.err()).contains("密码太短：应至少 10 个字符");

        sql(url, "UPDATE portal_account SET locked_until = TIMESTAMPADD(MINUTE, 30, NOW(3)), must_change_password = FALSE"
                + " WHERE username = 'miyi'");
        Run locked = juesuan(null, with(url, "user", "list"));
        assertThat(locked.exitCode()).as(locked.err()).isZero();
        assertThat(locked.out().lines().toList()).hasSize(3).element(0).isEqualTo("用户名\t角色\t单位\t须改密码\t锁定至\t最近登录");
        assertThat(locked.out()).contains("caizheng\t财政部门\t\t是\t\t\n")
                .containsPattern("miyi\t单位\t米易县经济信息化和科学技术局\t\t\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\t\n");

        Run reset = juesuan(null, with(url, "user", "reset", "miyi"));
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(reset.out()).startsWith("user reset: 账户 miyi 已重置并解锁\n");
        Matcher fresh = ONE_TIME.matcher(reset.out());
        assertThat(fresh.find()).isTrue();
        assertThat(ENCODER.matches(fresh.group(1), hash(url, "miyi"))).isTrue();
        assertThat(juesuan(null, with(url, "user", "list")).out())
                .contains("miyi\t单位\t米易县经济信息化和科学技术局\t是\t\t\n");
    }

    @Test
    void aDatabaseThatIsDownIsExitCode3() {
        Run run = juesuan(null, "user", "list", "--db-url", "jdbc:mysql://127.0.0.1:1/juesuan");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("user list: 无法连接数据库 jdbc:mysql://127.0.0.1:1/juesuan：");
        assertThat(run.out()).isEmpty();
    }
}
