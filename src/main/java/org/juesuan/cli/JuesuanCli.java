package org.juesuan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.model.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The command line (docs/contract.md §1). Thin: each command opens the warehouse and calls one service. */
@Command(name = "juesuan", mixinStandardHelpOptions = true, version = "juesuan 0.1.0",
        description = "部门决算报表 → 按科目归类、经审核公式审核的数据 → SQL 数据仓库。",
        subcommands = {CheckCommand.class, ImportCommand.class, RerunCommand.class, StatusCommand.class, ReportCommand.class,
                QueryCommand.class, CatalogCommand.class, WorkerCommand.class, CheckTextCommand.class, ExportCommand.class,
                ServeCommand.class, UserCommand.class, DepartmentCommand.class})
public class JuesuanCli {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "配置文件（默认 bin/juesuan 旁的 conf/juesuan.properties）；其中的相对路径从该文件所在的文件夹算起")
    void config(Path file) {
        try {
            LaunchOptions.configFile(file);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "无法读取配置文件 " + file + "：" + e.getMessage());
        }
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "把日志同时写到 stderr，出错时显示完整的调用栈")
    void debug(boolean on) {
        LaunchOptions.debug(on);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    @Option(names = "--lang", paramLabel = "zh|en", description = "报告和提示的语言：zh 中文（默认）或 en 英文")
    String lang;

    public static int execute(String... args) {
        LaunchOptions.reset();
        WarningTally.take();
        String[] rest = withLanguage(args); // first: the command line's texts are in the language chosen
        CommandLine commandLine = commandLine();
        int exit = commandLine.execute(rest);
        int warnings = WarningTally.take();
        // exit 3 has said in its one line what failed; the log holds the rest
        if (warnings > 0 && exit != 3) {
            commandLine.getErr().println("juesuan: 日志 " + System.getProperty("LOG_FILE", "logs/juesuan.log")
                    + " 中记下了 " + warnings + " 条警告或错误");
            commandLine.getErr().flush();
        }
        return exit;
    }

    /** The command line with its usage errors in the catalogue's words (tests drive it with their own streams). */
    public static CommandLine commandLine() {
        // The bundle gives picocli its headings and the -h/-V texts (usage.*, mixinStandardHelpOptions.*): --help reads
        // in the chosen language.
        return new CommandLine(new JuesuanCli()).setResourceBundle(Messages.bundle())
                .setParameterExceptionHandler(new UsageErrors());
    }

    /** Takes {@code --lang en} (anywhere on the line) before any command runs: every text is chosen by it. */
    static String[] withLanguage(String... args) {
        List<String> rest = new ArrayList<>();
        String language = "zh";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                language = args[++i];
            } else if (args[i].startsWith("--lang=")) {
                language = args[i].substring("--lang=".length());
            } else {
                rest.add(args[i]);
            }
        }
        Messages.useLanguage(language);
        return rest.toArray(String[]::new);
    }
}
