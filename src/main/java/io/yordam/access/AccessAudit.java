package io.yordam.access;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What happened at the door, append-only: sign-ins (failed, refused while locked,
 * succeeded) and personal API tokens (created, revoked). Who, from where, when.
 */
@Component
public class AccessAudit {

	public enum Event {

		SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_IN_REFUSED_LOCKED, SIGN_IN_SUCCEEDED, TOKEN_CREATED, TOKEN_REVOKED,
		EMAIL_CHANGED

	}

	public record Entry(Instant at, Event event, String username, UUID operatorId, String address, String detail) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AccessAudit(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(Event event, String username, UUID operatorId, String address, String detail) {
		this.jdbc.update(
				"insert into access_audit (id, at, event, username, operator_id, address, detail) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), event.name(),
				SignInThrottle.clip((username != null) ? username : "", 64), operatorId,
				(address != null) ? SignInThrottle.clip(address, 64) : null,
				(detail != null) ? SignInThrottle.clip(detail, 200) : null);
	}

	/**
	 * The latest entries, newest first: for supervisors (see
	 * StaffAction.SEE_ACCESS_AUDIT).
	 */
	public List<Entry> latest(OperatorPrincipal reader, int limit) {
		reader.require(StaffAction.SEE_ACCESS_AUDIT);
		return this.jdbc.query(
				"select at, event, username, operator_id, address, detail from access_audit order by at desc limit ?",
				(rs, row) -> new Entry(rs.getObject(1, OffsetDateTime.class).toInstant(),
						Event.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
						rs.getString(6)),
				Math.max(1, Math.min(limit, 500)));
	}

}
