package org.juesuan.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;

import org.juesuan.support.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The read-only query on the real MariaDB (an empty warehouse of its own: the schema and its reference rows):
 * the second guard, row limit and timeout.
 */
@SpringBootTest
class ReadOnlyQueryMariaDbTest {

    private static final String URL = MariaDbTestDatabase.freshUrl("readonly");

    @DynamicPropertySource
    static void mariadb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry, URL);
    }

    @Autowired
    ReadOnlyQuery query;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReadReturnsItsRowsAndColumns() throws SQLException {
        ReadOnlyQuery.Result result = query.run("SELECT table_code, title FROM dim_table ORDER BY table_code;", 100, 10);
        assertThat(result.columns()).containsExactly("table_code", "title");
        assertThat(result.rows()).hasSize(13);
        assertThat(result.rows().get(12)).containsExactly("T13", "财政拨款“三公”经费支出决算表");
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void theRowLimitCutsAndSaysSo() throws SQLException {
        ReadOnlyQuery.Result cut = query.run("SELECT fiscal_year FROM dim_fiscal_year ORDER BY fiscal_year", 5, 10);
        assertThat(cut.rows()).extracting(r -> r.get(0)).containsExactly(2010, 2011, 2012, 2013, 2014);
        assertThat(cut.truncated()).isTrue();
        assertThat(query.run("SELECT fiscal_year FROM dim_fiscal_year", 31, 10).truncated()).isFalse();
    }

    @Test
    void aQueryRunningPastTheTimeoutIsCancelled() {
        assertThatThrownBy(() -> query.run("SELECT SLEEP(30)", 10, 1)).isInstanceOf(SQLTimeoutException.class);
    }

    /**
     * A stored function that deletes looks like a read to any statement check ({@code SELECT f()}); the server
     * refuses its DELETE because the transaction is READ ONLY. Called outside the query service, the same function
     * does delete — so it was the read-only transaction that stopped it.
     */
    @Test
    void theServerRefusesAWriteTheStatementCheckCannotSee() throws SQLException {
        jdbc.execute("CREATE TABLE scratch_note (n INT)");
        jdbc.update("INSERT INTO scratch_note VALUES (1), (2)");
        jdbc.execute("CREATE FUNCTION purge_scratch_note() RETURNS INT MODIFIES SQL DATA "
                + "BEGIN DELETE FROM scratch_note; RETURN 1; END");
        assertThat(ReadOnlyQuery.check("SELECT purge_scratch_note()")).isEqualTo("SELECT purge_scratch_note()");

        assertThatThrownBy(() -> query.run("SELECT purge_scratch_note()", 10, 10)).isInstanceOf(SQLException.class)
                .hasMessageContaining("READ ONLY transaction");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scratch_note", Integer.class)).isEqualTo(2);

        // The pooled connection went back writable: the import's writes are unaffected.
        for (int i = 0; i < 5; i++) {
            query.run("SELECT 1", 1, 10);
        }
        assertThat(jdbc.queryForObject("SELECT purge_scratch_note()", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scratch_note", Integer.class)).isZero();
    }

    @Test
    void aRefusedStatementNeverReachesTheDatabase() {
        assertThatThrownBy(() -> query.run("DELETE FROM dim_table", 10, 10)).isInstanceOf(RefusedStatementException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dim_table", Integer.class)).isEqualTo(13);
    }
}
