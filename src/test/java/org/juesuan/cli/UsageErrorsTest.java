package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.juesuan.model.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * A command line that cannot be parsed is one line in Chinese naming the command, what is wrong and where the usage
 * is; exit 2, nothing on stdout, no English usage dump. {@code --help} is Chinese too. With {@code --lang en} both are
 * English.
 */
class UsageErrorsTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run juesuan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] rest = JuesuanCli.withLanguage(args);
        CommandLine cli = JuesuanCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(rest);
        return new Run(code, out.toString(), err.toString());
    }

    @AfterEach
    void chinese() {
        Messages.useLanguage("zh");
    }

    @Test
    void anUnknownOptionIsNamed() {
        Run run = juesuan("status", "--colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualToIgnoringNewLines("juesuan status: 不认识的参数 --colour；用法见 juesuan status --help");
    }

    @Test
    void aMissingValueOrArgumentIsNamed() {
        Run threads = juesuan("import", "--threads");
        assertThat(threads.exitCode()).isEqualTo(2);
        assertThat(threads.err()).startsWith("juesuan import: 缺少必须给的参数 --threads")
                .endsWith("用法见 juesuan import --help" + System.lineSeparator());
        Run rerun = juesuan("rerun");
        assertThat(rerun.exitCode()).isEqualTo(2);
        assertThat(rerun.err()).startsWith("juesuan rerun: 缺少必须给的参数 ").contains("--failed")
                .doesNotContain("Missing", "Usage");
    }

    @Test
    void anOptionGivenTwiceIsNamed() {
        Run run = juesuan("report", "1", "--format", "text", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("juesuan report: 选项 --format 只能给一次");
    }

    @Test
    void aValueOfTheWrongKindIsQuotedInsideTheChineseLine() {
        Run run = juesuan("import", "--year", "二〇二三");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("juesuan import: 参数有误（").contains("--year").contains("二〇二三");
    }

    @Test
    void inEnglishWithLangEn() {
        Run run = juesuan("--lang", "en", "status", "--colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualToIgnoringNewLines("juesuan status: unknown argument --colour; see juesuan status --help");
    }

    @Test
    void helpIsInChineseAndInEnglishWithLangEn() {
        Run zh = juesuan("import", "--help");
        assertThat(zh.exitCode()).isZero();
        assertThat(zh.out()).startsWith("用法：juesuan import").contains("试运行").contains("显示本帮助并退出")
                .doesNotContain("Usage", "Show this help");
        Run top = juesuan("--help");
        assertThat(top.out()).contains("命令：").contains("import").contains("serve").doesNotContain("Commands:");
        Run en = juesuan("--lang", "en", "import", "--help");
        assertThat(en.out()).startsWith("Usage: juesuan import").contains("Show this help message and exit.");
    }
}
