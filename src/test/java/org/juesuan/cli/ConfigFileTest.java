package org.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relative paths in the config file are taken from its folder, not from where the command was started. */
class ConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void relativePathsAreResolvedAgainstTheFilesFolder() throws Exception {
        Path conf = Files.createDirectories(dir.resolve("juesuan/conf"));
        Path file = conf.resolve("juesuan.properties");
        Files.writeString(file, """
                juesuan.inbox=../inbox
                juesuan.archive=/srv/archive
                juesuan.rejected=rejected
                juesuan.log.file=../logs/juesuan.log
                juesuan.db.url=jdbc:h2:file:../data/juesuan;MODE=MySQL
                juesuan.remote.queue=../not-a-path
                """);
        ConfigFile config = ConfigFile.read(file);
        Path home = dir.resolve("juesuan").toAbsolutePath();
        assertThat(config.get("juesuan.inbox")).isEqualTo(home.resolve("inbox").toString());
        assertThat(config.get("juesuan.archive")).isEqualTo("/srv/archive");
        assertThat(config.get("juesuan.rejected")).isEqualTo(home.resolve("conf/rejected").toString());
        assertThat(config.get("juesuan.log.file")).isEqualTo(home.resolve("logs/juesuan.log").toString());
        assertThat(config.get("juesuan.db.url")).isEqualTo("jdbc:h2:file:" + home.resolve("data/juesuan") + ";MODE=MySQL");
        assertThat(config.get("juesuan.remote.queue")).isEqualTo("../not-a-path");
    }

    @Test
    void aServerUrlIsLeftAsItIs() throws Exception {
        Path file = dir.resolve("juesuan.properties");
        Files.writeString(file, "juesuan.db.url=jdbc:mysql://127.0.0.1:3306/juesuan\n");
        assertThat(ConfigFile.read(file).get("juesuan.db.url")).isEqualTo("jdbc:mysql://127.0.0.1:3306/juesuan");
    }

    @Test
    void theFileRanksBelowTheEnvironmentAndAboveTheDefaults() throws Exception {
        Path file = dir.resolve("juesuan.properties");
        Files.writeString(file, "juesuan.inbox=/from/the/file\n");
        var environment = ConfigFile.read(file).environment();
        assertThat(environment.getProperty("juesuan.inbox")).isEqualTo("/from/the/file");
        var names = environment.getPropertySources().stream().map(s -> s.getName()).toList();
        assertThat(names.indexOf("systemEnvironment")).isLessThan(names.indexOf("config file " + file));
    }
}
