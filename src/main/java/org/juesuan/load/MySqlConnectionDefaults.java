package org.juesuan.load;

import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Connector/J settings the warehouse writes need, whatever URL the operator gives (docs show the bare
 * {@code jdbc:mysql://host/juesuan}): batches of fact rows sent as multi-row INSERTs (one round trip per thousand
 * rows, not one per row), and the session's autocommit and isolation tracked by the driver instead of asked of or
 * re-sent to the server on every transaction. A setting the URL names itself is left as the URL says.
 */
@Component
public class MySqlConnectionDefaults implements BeanPostProcessor {

    static final Map<String, String> DEFAULTS = Map.of(
            "rewriteBatchedStatements", "true",
            "useLocalSessionState", "true");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && isMySql(pool.getJdbcUrl())) {
            String url = pool.getJdbcUrl().toLowerCase(Locale.ROOT);
            DEFAULTS.forEach((name, value) -> {
                if (!url.contains(name.toLowerCase(Locale.ROOT) + "=")) {
                    pool.addDataSourceProperty(name, value);
                }
            });
        }
        return bean;
    }

    static boolean isMySql(String url) {
        return url != null && url.startsWith("jdbc:mysql:"); // Connector/J: the driver this build ships
    }
}
