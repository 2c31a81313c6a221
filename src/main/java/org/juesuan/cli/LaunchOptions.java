package org.juesuan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every command shares: the config file (--config, or the juesuan.config system property bin/juesuan sets to
 * conf/juesuan.properties) and --debug. Set while the command line is parsed, read when the warehouse is opened.
 */
final class LaunchOptions {

    /** bin/juesuan passes its conf/juesuan.properties this way. */
    static final String CONFIG_PROPERTY = "juesuan.config";

    private static ConfigFile configFile;
    private static boolean debug;

    private LaunchOptions() {
    }

    static void reset() {
        configFile = null;
        debug = false;
    }

    /** @throws IOException when the file cannot be read */
    static void configFile(Path file) throws IOException {
        configFile = ConfigFile.read(file);
    }

    static void debug(boolean on) {
        debug = on;
    }

    static boolean debug() {
        return debug;
    }

    /** @return the config file in force, if any: --config first, then the launcher's */
    static Optional<ConfigFile> config() {
        if (configFile != null) {
            return Optional.of(configFile);
        }
        String launcher = System.getProperty(CONFIG_PROPERTY);
        if (launcher == null || launcher.isBlank() || !Files.isRegularFile(Path.of(launcher))) {
            return Optional.empty();
        }
        try {
            configFile = ConfigFile.read(Path.of(launcher));
            return Optional.of(configFile);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取配置文件 " + launcher + "：" + e.getMessage(), e);
        }
    }
}
