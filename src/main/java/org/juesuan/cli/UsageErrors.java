package org.juesuan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.juesuan.model.Messages;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A command line picocli cannot parse, said in one line of the catalogue's language (picocli's own texts are
 * English) naming the command and what is wrong, with where to look: {@code juesuan import --help}. Exit 2.
 */
final class UsageErrors implements IParameterExceptionHandler {

    private static final Pattern EXCLUSIVE = Pattern.compile("Error: (.+) are mutually exclusive");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        PrintWriter err = command.getErr();
        err.println(Messages.text("usage.error", name, what(e), name + " --help"));
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String what(ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            return Messages.text("usage.missing", names(missing.getMissing()));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return Messages.text("usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (e instanceof CommandLine.OverwrittenOptionException twice) {
            return Messages.text("usage.twice", names(List.of(twice.getOverwritten())));
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher exclusive = EXCLUSIVE.matcher(message);
        if (e instanceof CommandLine.MutuallyExclusiveArgsException && exclusive.find()) {
            return Messages.text("usage.exclusive", exclusive.group(1));
        }
        // Our own refusals are already in the catalogue's words; picocli's (a value of the wrong type…) are quoted.
        // A Chinese value the user typed sits inside picocli's quotes: not a sign the sentence is ours.
        boolean ours = CJK.matcher(message.replaceAll("'[^']*'", "")).find();
        return ours ? message : Messages.text("usage.other", message);
    }

    private static String names(List<ArgSpec> args) {
        return args.stream().map(a -> a instanceof OptionSpec o ? o.longestName() : a.paramLabel())
                .collect(Collectors.joining(Messages.text("usage.separator")));
    }
}
