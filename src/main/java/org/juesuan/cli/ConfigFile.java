package org.juesuan.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The operator's settings file (conf/juesuan.properties next to bin/juesuan, or --config FILE): the juesuan.*
 * settings the JUESUAN_* environment variables carry. Relative paths in it are taken from the file's own folder,
 * so that cron, starting in another directory, finds the same database, inbox and log. It ranks below the
 * environment variables and the command line, above the built-in defaults (application.properties).
 */
final class ConfigFile {

    /** The settings whose values are paths (resolved against the file's folder when relative). */
    private static final Set<String> PATHS = Set.of("juesuan.inbox", "juesuan.archive", "juesuan.rejected",
            "juesuan.log.file", "juesuan.portal.files");

    /** An embedded H2 database given by a relative file path: jdbc:h2:[file:]./data/juesuan;… */
    private static final Pattern H2_RELATIVE = Pattern.compile("^(jdbc:h2:(?:file:)?)(\\.{1,2}/[^;]*)(.*)$");

    private final Path file;
    private final Properties settings;

    private ConfigFile(Path file, Properties settings) {
        this.file = file;
        this.settings = settings;
    }

    /** @throws IOException when the file cannot be read */
    static ConfigFile read(Path file) throws IOException {
        Properties raw = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            raw.load(in);
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        Properties resolved = new Properties();
        for (String name : raw.stringPropertyNames()) {
            resolved.setProperty(name, resolve(name, raw.getProperty(name).trim(), folder));
        }
        return new ConfigFile(file, resolved);
    }

    private static String resolve(String name, String value, Path folder) {
        if (PATHS.contains(name) && !value.isEmpty() && !Path.of(value).isAbsolute()) {
            return folder.resolve(value).normalize().toString();
        }
        if (name.equals("juesuan.db.url")) {
            Matcher h2 = H2_RELATIVE.matcher(value);
            if (h2.matches()) {
                return h2.group(1) + folder.resolve(h2.group(2)).normalize() + h2.group(3);
            }
        }
        return value;
    }

    Path file() {
        return file;
    }

    String get(String name) {
        return settings.getProperty(name);
    }

    /** An environment holding these settings below the system environment (which ranks above them). */
    ConfigurableEnvironment environment() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new PropertiesPropertySource("config file " + file, settings));
        return environment;
    }
}
