package io.yordam.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Instants to and from {@code timestamp with time zone} columns as UTC offsets, whatever
 * the JVM's zone.
 */
final class Sql {

	private Sql() {
	}

	static OffsetDateTime at(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * An insert that skips a row already there ({@code on conflict do nothing}): whether
	 * it wrote one. H2 may report a racing twin as a duplicate rather than skip it.
	 */
	static boolean insertOnce(JdbcTemplate jdbc, String insert, Object... args) {
		try {
			return jdbc.update(insert + " on conflict do nothing", args) == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return (at != null) ? at.toInstant() : null;
	}

}
