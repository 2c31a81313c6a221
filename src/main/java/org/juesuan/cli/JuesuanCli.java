package org.juesuan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The command line (CONTRACT §1). Thin: each command opens the warehouse and calls one service. */
@Command(name = "juesuan", mixinStandardHelpOptions = true, version = "juesuan 0.1.0",
        description = "部门决算 workbooks → classified, validated facts → SQL warehouse.",
        subcommands = {ImportCommand.class, RerunCommand.class, StatusCommand.class, ReportCommand.class,
                QueryCommand.class, CatalogCommand.class, WorkerCommand.class, HelpCommand.class})
public class JuesuanCli {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return new CommandLine(new JuesuanCli()).execute(args);
    }
}
