package org.juesuan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The juesuan.* settings as the full Spring start resolves them, read without starting Spring (for status, query
 * and report): the command line first (the caller's), then a system property, an environment variable
 * (juesuan.db.url ← JUESUAN_DB_URL), the config file, and the built-in default of application.properties.
 */
final class Settings {

    private final Map<String, String> environment;
    private final Optional<ConfigFile> config;
    private final Properties defaults;

    private Settings(Map<String, String> environment, Optional<ConfigFile> config, Properties defaults) {
        this.environment = environment;
        this.config = config;
        this.defaults = defaults;
    }

    static Settings current() {
        return new Settings(System.getenv(), LaunchOptions.config(), builtIn());
    }

    private static Properties builtIn() {
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** @return the value of {@code name}, empty when no source sets it (a default referring to another is none) */
    Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = fromEnvironment(name);
        }
        if (value == null && config.isPresent()) {
            value = config.get().get(name);
        }
        if (value == null) {
            value = defaults.getProperty(name);
            if (value != null && value.contains("${")) {
                value = null; // e.g. spring.datasource.url=${juesuan.db.url}: the caller asks for juesuan.db.url
            }
        }
        return Optional.ofNullable(value);
    }

    /** Spring Boot's relaxed names: JUESUAN_DB_URL, and JUESUAN_RERUN_STALEAFTER / _STALE_AFTER for a dashed name. */
    private String fromEnvironment(String name) {
        String upper = name.toUpperCase(Locale.ROOT).replace('.', '_');
        String value = environment.get(upper.replace("-", ""));
        return value != null ? value : environment.get(upper.replace('-', '_'));
    }

    /** The first of the given names that is set, else {@code fallback}. */
    String first(String fallback, String... names) {
        for (String name : names) {
            Optional<String> value = get(name);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return fallback;
    }
}
