package org.juesuan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.juesuan.batch.ImportLauncher;
import org.juesuan.batch.ImportOutcome;
import org.juesuan.submission.ImportOptions;
import org.juesuan.support.MariaDbTestDatabase;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every committed sample (2022 and 2023) in a MariaDB warehouse of its own, imported once for the subclasses. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SamplesInMariaDb {

    static final String MIYI = "米易县经济信息化和科学技术局";
    static final String AGRICULTURE = "米易县农业农村局";
    private static final String URL = MariaDbTestDatabase.freshUrl("disclosure");
    private static boolean imported;

    @DynamicPropertySource
    static void mariadb(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> MariaDbTestDatabase.USER);
        registry.add("spring.datasource.password", () -> MariaDbTestDatabase.PASSWORD);
    }

    @Autowired
    ImportLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void importSamplesOnce() {
        synchronized (SamplesInMariaDb.class) {
            if (!imported) {
                ImportOutcome outcome = launcher.run(List.of(Samples.DIR), ImportOptions.DEFAULTS);
                assertThat(outcome.failure()).isNull();
                imported = true;
            }
        }
    }

    DepartmentYear year(String department, int year) {
        return new WarehouseFigures(jdbc).load(department, year).orElseThrow();
    }

    List<TextCheck> check(java.nio.file.Path text, String department, int year) throws java.io.IOException {
        return new NarrativeChecker(FigureVocabulary.load()).check(NarrativeText.read(text), year(department, year),
                year(department, year - 1));
    }
}
