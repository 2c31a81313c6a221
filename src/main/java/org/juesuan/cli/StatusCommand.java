package org.juesuan.cli;

import java.util.concurrent.Callable;

import org.juesuan.ops.StatusReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"最近的导入批次和报送：状态、数量、审核结果、用时、文件现在的位置。",
                "退出码：0 正常（或仍在运行）；1 有批次失败或进程已不在（需 rerun --failed 或 rerun --abandon）；3 连不上数据库。"})
class StatusCommand implements Callable<Integer> {

    @Option(names = "--limit", defaultValue = "20", description = "列出多少个批次和报送（默认 ${DEFAULT-VALUE}）")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text 或 json（默认 ${DEFAULT-VALUE}）")
    String format;

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            spec.commandLine().getErr().println("status: --format 只能是 text 或 json");
            return 2;
        }
        try (ReadingWarehouse warehouse = Warehouse.openForReading(db)) {
            StatusReport report = warehouse.statusReport();
            return format.equals("json") ? report.printJson(limit, spec.commandLine().getOut())
                    : report.print(limit, spec.commandLine().getOut());
        } catch (Warehouse.UnavailableException e) {
            spec.commandLine().getErr().println("status: " + e.getMessage());
            return 3;
        }
    }
}
