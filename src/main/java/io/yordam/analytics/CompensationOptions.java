package io.yordam.analytics;

import io.yordam.ledger.CompensationPosted;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What each ledger transaction on a ticket paid, under the playbook's option the customer
 * chose (its posting kind when it names none): retention by option. A reversal is a
 * transaction of its own, its amount negative, under the option it reverses.
 */
@Repository
class CompensationOptions {

	private final JdbcTemplate jdbc;

	CompensationOptions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void posted(CompensationPosted posted) {
		if (posted.ticketId() == null) {
			return;
		}
		String option = (posted.option() != null && !posted.option().isBlank()) ? posted.option()
				: posted.kind().name();
		Sql.insertOnce(this.jdbc,
				"insert into analytics_compensations (transaction_id, ticket_id, option_code, "
						+ "amount, posted_at) values (?, ?, ?, ?, ?)",
				posted.transactionId(), posted.ticketId(), option, posted.amount(), Sql.at(posted.at()));
	}

}
