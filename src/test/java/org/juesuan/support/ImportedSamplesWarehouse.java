package org.juesuan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.juesuan.batch.ImportLauncher;
import org.juesuan.batch.ImportOutcome;
import org.juesuan.query.ReadOnlyQuery;
import org.juesuan.submission.ImportOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A MariaDB warehouse of its own (so other tests' imports do not change its versions) holding every committed
 * sample — two fiscal years of 经信科技局 and 农业农村局, one of 教育和体育局 — imported once for all subclasses,
 * which share the Spring context.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ImportedSamplesWarehouse {

    private static final String URL = MariaDbTestDatabase.freshUrl("analyst");
    private static boolean imported;

    @DynamicPropertySource
    static void mariadb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry, URL);
    }

    @Autowired
    protected ImportLauncher launcher;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ReadOnlyQuery readOnlyQuery;

    @BeforeAll
    protected void importSamplesOnce() throws Exception {
        synchronized (ImportedSamplesWarehouse.class) {
            if (!imported) {
                assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("mariadb");
                ImportOutcome outcome = launcher.run(List.of(Samples.DIR), ImportOptions.DEFAULTS);
                assertThat(outcome.failure()).isNull();
                imported = true;
            }
        }
    }
}
