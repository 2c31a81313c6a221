package org.juesuan.cli;

import java.util.ArrayList;
import java.util.List;

import org.juesuan.model.Messages;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

/** The command line (CONTRACT §1). Thin: each command opens the warehouse and calls one service. */
@Command(name = "juesuan", mixinStandardHelpOptions = true, version = "juesuan 0.1.0",
        description = "部门决算 workbooks → classified, validated facts → SQL warehouse.",
        subcommands = {CheckCommand.class, ImportCommand.class, RerunCommand.class, StatusCommand.class, ReportCommand.class,
                QueryCommand.class, WorkerCommand.class, HelpCommand.class})
public class JuesuanCli {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    @Option(names = "--lang", paramLabel = "zh|en", description = "language of reports and messages (default zh)")
    String lang;

    public static int execute(String... args) {
        return new CommandLine(new JuesuanCli()).execute(withLanguage(args));
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
