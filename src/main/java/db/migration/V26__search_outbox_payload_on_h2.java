package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Hibernate Search's outbox maps its payloads as binary of unbounded length, which is
 * {@code bytea} on PostgreSQL (as V24 made them) but a {@code BINARY LARGE OBJECT} on H2,
 * whose {@code bytea} is a bounded {@code VARBINARY}. Since ADR 011 the embedded default
 * indexes through that outbox too, so the H2 columns take the type Hibernate validates;
 * on PostgreSQL this migration changes nothing. A Java migration because one SQL file
 * cannot say both.
 */
public class V26__search_outbox_payload_on_h2 extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		String product = context.getConnection().getMetaData().getDatabaseProductName();
		if (!"H2".equalsIgnoreCase(product)) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement
				.execute("alter table hsearch_outbox_event alter column payload set data type binary large object");
			statement.execute("alter table hsearch_agent alter column payload set data type binary large object");
		}
	}

}
