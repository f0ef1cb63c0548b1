package io.yordam.notices;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice policy in force and its history, as the feedback settings: before the first
 * save the defaults apply (version 0); every save is a new version, and of two admins
 * saving at once the second fails rather than overwrites.
 */
@Service
class NoticePolicyStore {

	private final JdbcTemplate jdbc;

	private final ObjectMapper mapper;

	private final Clock clock;

	private final NoticePolicy defaults;

	NoticePolicyStore(JdbcTemplate jdbc, ObjectMapper mapper, Clock clock, NoticeDefaults defaults) {
		this.jdbc = jdbc;
		this.mapper = mapper;
		this.clock = clock;
		this.defaults = defaults.policy();
	}

	@Transactional(readOnly = true)
	Versioned current() {
		List<Versioned> latest = read("order by version desc limit 1");
		return latest.isEmpty() ? new Versioned(0, this.defaults, "defaults", null, null) : latest.get(0);
	}

	@Transactional(readOnly = true)
	List<Versioned> history() {
		return read("order by version desc limit 50");
	}

	/** Checked in this order: the role, the settings, the comment, the version edited. */
	@Transactional
	Versioned update(int basedOn, NoticePolicy settings, OperatorPrincipal editor, String comment) {
		editor.require(StaffAction.EDIT_NOTICE_POLICY);
		settings.validate();
		if (comment != null && comment.length() > 500) {
			throw new InvalidInputException("comment", "length", "At most 500 characters");
		}
		int current = this.jdbc.queryForObject("select coalesce(max(version), 0) from notice_policy", Integer.class);
		if (basedOn != current) {
			throw RuleViolationException.conflict("settings-changed",
					"Someone saved version " + current + " meanwhile; reload and edit again");
		}
		Instant now = this.clock.instant();
		int inserted = this.jdbc.update(
				"insert into notice_policy (version, settings, edited_by, edited_at, comment) "
						+ "values (?, ?, ?, ?, ?) on conflict do nothing",
				current + 1, this.mapper.writeValueAsString(settings), editor.displayName(), Timestamp.from(now),
				comment);
		if (inserted == 0) {
			throw RuleViolationException.conflict("settings-changed",
					"Someone saved version " + (current + 1) + " meanwhile; reload and edit again");
		}
		return new Versioned(current + 1, settings, editor.displayName(), now, comment);
	}

	private List<Versioned> read(String tail) {
		return this.jdbc.query("select version, settings, edited_by, edited_at, comment from notice_policy " + tail,
				(rs, i) -> new Versioned(rs.getInt("version"),
						this.mapper.readValue(rs.getString("settings"), NoticePolicy.class), rs.getString("edited_by"),
						rs.getTimestamp("edited_at").toInstant(), rs.getString("comment")));
	}

	/** Settings with the version they are, who saved them and why. */
	record Versioned(int version, NoticePolicy settings, String editedBy, Instant editedAt, String comment) {
	}

}
