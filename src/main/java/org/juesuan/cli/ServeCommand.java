package org.juesuan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.juesuan.web.PortalApplication;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动网上报送与审核门户（docs/portal.md）：单位上传决算报表、查看审核结果、上报；财政部门看全季情况、退回或接收、"
                + "看夜间导入批次。账户用 user add 建立。", "按 Ctrl-C 停止。"})
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP 端口（默认 ${DEFAULT-VALUE}；0 为任选一个空闲端口）")
    int port;

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConfigurableApplicationContext context;
        try {
            context = start(db, port);
        } catch (Warehouse.UnavailableException e) {
            err.println("serve: " + (portInUse(e) ? "端口 " + port + " 已被占用：请用 --port 换一个端口" : e.getMessage()));
            return 3;
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        context.registerShutdownHook();
        out.println("serve: 门户已启动：http://localhost:" + port(context) + "/ （按 Ctrl-C 停止）");
        out.flush();
        closed.await();
        return 0;
    }

    /** The portal on {@code port} (0: any free port) against the database of {@code db}, plus Spring arguments. */
    static ConfigurableApplicationContext start(DatabaseOptions db, int port, String... settings)
            throws Warehouse.UnavailableException {
        List<String> all = new ArrayList<>(List.of(settings));
        all.add("--server.port=" + port);
        return Warehouse.openPortal(db, PortalApplication.class, all.toArray(String[]::new));
    }

    /** For tests: the portal with only Spring arguments (the database among them). */
    public static ConfigurableApplicationContext start(int port, String... settings) throws Exception {
        return start(new DatabaseOptions(), port, settings);
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static boolean portInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PortInUseException) {
                return true;
            }
        }
        return false;
    }
}
