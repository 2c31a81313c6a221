package org.juesuan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.juesuan.model.Messages;
import org.juesuan.web.season.Roster;
import org.juesuan.web.season.RosterFile;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The roster of departments the season dashboard expects (thin: {@link Roster} does the work). */
@Command(name = "department", mixinStandardHelpOptions = true,
        description = "应报送决算的部门名单（财政部门门户的报送进度按此名单列出）：add、list、import。",
        subcommands = {DepartmentCommand.Add.class, DepartmentCommand.ListRoster.class, DepartmentCommand.Import.class})
class DepartmentCommand {

    /** Opens the warehouse, runs one roster action, and turns failures into exit codes. */
    abstract static class RosterAction implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Spec
        CommandSpec spec;

        abstract int run(Roster roster, PrintWriter out, PrintWriter err) throws IOException;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (ConfigurableApplicationContext context = Warehouse.open(db)) {
                int exit = run(new Roster(context.getBean(JdbcTemplate.class)), out, err);
                out.flush();
                return exit;
            } catch (Warehouse.UnavailableException e) {
                err.println("department: " + e.getMessage());
                return 3;
            } catch (IOException e) {
                err.println(Messages.text("department.cli.unreadable", e.getMessage()));
                return 2;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "把一个部门加入名单（名称与其报表上印的一致）。")
    static class Add extends RosterAction {

        @Parameters(paramLabel = "NAME", arity = "1..*", description = "部门名称，如 米易县经济信息化和科学技术局")
        List<String> names;

        @Override
        int run(Roster roster, PrintWriter out, PrintWriter err) {
            for (String name : names) {
                if (name.isBlank()) {
                    err.println(Messages.text("department.cli.blank"));
                    return 2;
                }
            }
            for (String name : names) {
                out.println(Messages.text(roster.add(name) ? "department.cli.added" : "department.cli.already", name.strip()));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出名单上的部门。")
    static class ListRoster extends RosterAction {

        @Override
        int run(Roster roster, PrintWriter out, PrintWriter err) {
            List<Roster.Entry> entries = roster.list();
            for (Roster.Entry e : entries) {
                out.println(e.active() ? e.departmentName() : Messages.text("department.cli.inactive", e.departmentName()));
            }
            out.println(Messages.text("department.cli.count", entries.size()));
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "从 .csv 或 .xlsx 导入名单：第一列每行一个部门名称（可有表头“部门名称”）。")
    static class Import extends RosterAction {

        @Parameters(paramLabel = "FILE", description = "名单文件（.csv、.xlsx 或 .xls）")
        Path file;

        @Override
        int run(Roster roster, PrintWriter out, PrintWriter err) throws IOException {
            List<String> names;
            try {
                names = RosterFile.read(file);
            } catch (IllegalArgumentException e) {
                err.println(Messages.text("department.cli.format", file));
                return 2;
            }
            int added = roster.addAll(names);
            out.println(Messages.text("department.cli.imported", names.size(), added));
            return 0;
        }
    }
}
