package io.yordam.access;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Operators' sessions live in the database (any node serves any request). A page fires
 * several requests at once on one session, and two of them may store the same new
 * attribute (the CSRF token, say): the stores become upserts so that the second does not
 * fail on the first's row.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	private static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES "
			+ "(SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) "
			+ "VALUES (?, ?, ?)";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpserts(DataSource dataSource)
			throws SQLException {
		String product;
		try (Connection connection = dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName();
		}
		if ("PostgreSQL".equalsIgnoreCase(product)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
	}

}
