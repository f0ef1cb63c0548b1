package io.yordam.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring context in the tests a database of its own: a fresh in-memory H2 (in
 * PostgreSQL mode, running the same migrations), or, with
 * {@code -Dyordam.test.db=postgres}, a fresh schema on the PostgreSQL at 127.0.0.1:5432
 * that is dropped when the context closes. Registered in META-INF/spring.factories so
 * that every kind of Spring test gets it.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String POSTGRES_URL = System.getProperty("yordam.test.pg.url",
			"jdbc:postgresql://127.0.0.1:5432/test");

	public static final String POSTGRES_USER = System.getProperty("yordam.test.pg.user", "postgres");

	public static boolean onPostgres() {
		return "postgres".equals(System.getProperty("yordam.test.db", "h2"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (context.getEnvironment().getProperty("yordam.test.own-datasource", Boolean.class, false)) {
			// The caller (a cluster test's nodes) chose the database itself.
			return;
		}
		// A bench may keep its filled schema between runs (-Dyordam.test.pg.schema=name):
		// created when missing, never dropped.
		String kept = System.getProperty("yordam.test.pg.schema");
		String name = (kept != null) ? kept : "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		Map<String, Object> properties;
		if (onPostgres()) {
			execute((kept != null) ? "create schema if not exists " + name : "create schema " + name);
			properties = Map.of("spring.datasource.url", POSTGRES_URL + "?currentSchema=" + name,
					"spring.datasource.username", POSTGRES_USER, "spring.datasource.password", "",
					"spring.flyway.schemas", name);
			context.addApplicationListener(event -> {
				if (kept == null && event instanceof ContextClosedEvent closed
						&& closed.getApplicationContext() == context) {
					execute("drop schema if exists " + name + " cascade");
				}
			});
		}
		else {
			properties = Map.of("spring.datasource.url",
					"jdbc:h2:mem:" + name
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"spring.datasource.username", "sa", "spring.datasource.password", "");
		}
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("yordam-test-database", properties));
	}

	/** The one number a query on the PostgreSQL test database answers. */
	public static long queryForLong(String sql) {
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
				Statement statement = connection.createStatement();
				java.sql.ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	public static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + POSTGRES_URL
					+ " is needed for -Dyordam.test.db=postgres and the cluster tests. Start it with "
					+ "'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start', "
					+ "or run scripts/prepare-test-services.sh", ex);
		}
	}

}
