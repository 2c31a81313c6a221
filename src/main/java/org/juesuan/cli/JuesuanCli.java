package org.juesuan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.model.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The command line (docs/contract.md §1). Thin: each command opens the warehouse and calls one service. */
@Command(name = "juesuan", mixinStandardHelpOptions = true, version = "juesuan 0.1.0",
        description = "部门决算 workbooks → classified, validated facts → SQL warehouse.",
        subcommands = {CheckCommand.class, ImportCommand.class, RerunCommand.class, StatusCommand.class, ReportCommand.class,
                QueryCommand.class, CatalogCommand.class, WorkerCommand.class, CheckTextCommand.class, ExportCommand.class,
                ServeCommand.class, UserCommand.class, DepartmentCommand.class, HelpCommand.class})
public class JuesuanCli {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "settings file (default: conf/juesuan.properties beside bin/juesuan); relative paths in it "
                    + "are taken from its folder")
    void config(Path file) {
        try {
            LaunchOptions.configFile(file);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "无法读取配置文件 " + file + "：" + e.getMessage());
        }
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "copy the log to stderr and show the full trace of a failure")
    void debug(boolean on) {
        LaunchOptions.debug(on);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    @Option(names = "--lang", paramLabel = "zh|en", description = "language of reports and messages (default zh)")
    String lang;

    public static int execute(String... args) {
        LaunchOptions.reset();
        WarningTally.take();
        CommandLine commandLine = new CommandLine(new JuesuanCli());
        int exit = commandLine.execute(withLanguage(args));
        int warnings = WarningTally.take();
        // exit 3 has said in its one line what failed; the log holds the rest
        if (warnings > 0 && exit != 3) {
            commandLine.getErr().println("juesuan: 日志 " + System.getProperty("LOG_FILE", "logs/juesuan.log")
                    + " 中记下了 " + warnings + " 条警告或错误");
            commandLine.getErr().flush();
        }
        return exit;
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
