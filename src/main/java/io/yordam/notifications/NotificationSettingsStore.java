package io.yordam.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.yordam.access.OperatorId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each operator's settings, one row (none: {@link NotificationSettings#DEFAULTS}). */
@Repository
class NotificationSettingsStore {

	private final JdbcTemplate jdbc;

	NotificationSettingsStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	NotificationSettings of(OperatorId operator) {
		return this.jdbc
			.query("select sound, desktop, kinds from notification_settings where operator_id = ?",
					(rs, i) -> new NotificationSettings(rs.getBoolean(1), rs.getBoolean(2), kinds(rs.getString(3))),
					operator.value())
			.stream()
			.findFirst()
			.orElse(NotificationSettings.DEFAULTS);
	}

	/**
	 * Written as an update, else an insert; a racing first save of the same operator
	 * makes the update run again (H2 has no upsert PostgreSQL shares).
	 */
	void save(OperatorId operator, NotificationSettings settings, Instant at) {
		String kinds = settings.kinds().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		Object[] values = { settings.sound(), settings.desktop(), kinds, Timestamp.from(at), operator.value() };
		String update = "update notification_settings set sound = ?, desktop = ?, kinds = ?, updated_at = ? "
				+ "where operator_id = ?";
		if (this.jdbc.update(update, values) == 1) {
			return;
		}
		int inserted;
		try {
			inserted = this.jdbc.update("insert into notification_settings (sound, desktop, kinds, updated_at, "
					+ "operator_id) values (?, ?, ?, ?, ?) on conflict do nothing", values);
		}
		catch (DuplicateKeyException ex) {
			inserted = 0;
		}
		if (inserted == 0) {
			this.jdbc.update(update, values);
		}
	}

	private static Set<NotificationKind> kinds(String stored) {
		Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
		Arrays.stream(stored.split(","))
			.filter(k -> !k.isBlank())
			.forEach(k -> Arrays.stream(NotificationKind.values()).filter(v -> v.name().equals(k)).forEach(kinds::add));
		return kinds;
	}

}
