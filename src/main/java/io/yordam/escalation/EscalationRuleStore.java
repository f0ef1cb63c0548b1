package io.yordam.escalation;

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
 * The rules in force and their history. Before the first save the defaults apply (version
 * 0). Every save is a new version; two admins saving at once: the second one's version
 * exists already and their save fails rather than overwriting.
 */
@Service
public class EscalationRuleStore {

	private final JdbcTemplate jdbc;

	private final ObjectMapper mapper;

	private final Clock clock;

	EscalationRuleStore(JdbcTemplate jdbc, ObjectMapper mapper, Clock clock) {
		this.jdbc = jdbc;
		this.mapper = mapper;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Versioned current() {
		List<Versioned> latest = read("order by version desc limit 1");
		return latest.isEmpty() ? new Versioned(0, EscalationRules.defaults(), "defaults", null, null) : latest.get(0);
	}

	@Transactional(readOnly = true)
	public List<Versioned> history() {
		return read("order by version desc limit 50");
	}

	/** Checked in this order: the role, the rules, the comment, the version edited. */
	@Transactional
	public Versioned update(int basedOn, EscalationRules rules, OperatorPrincipal editor, String comment) {
		editor.require(StaffAction.EDIT_ESCALATION_RULES);
		rules.validate();
		if (comment != null && comment.length() > 500) {
			throw new InvalidInputException("comment", "length", "At most 500 characters");
		}
		int current = this.jdbc.queryForObject("select coalesce(max(version), 0) from escalation_rules", Integer.class);
		if (basedOn != current) {
			throw RuleViolationException.conflict("rules-changed",
					"Someone saved version " + current + " meanwhile; reload and edit again");
		}
		Instant now = this.clock.instant();
		int inserted = this.jdbc.update(
				"insert into escalation_rules (version, rules, edited_by, edited_at, comment) values (?, ?, ?, ?, ?) "
						+ "on conflict do nothing",
				current + 1, this.mapper.writeValueAsString(rules), editor.displayName(), Timestamp.from(now), comment);
		if (inserted == 0) {
			throw RuleViolationException.conflict("rules-changed",
					"Someone saved version " + (current + 1) + " meanwhile; reload and edit again");
		}
		return new Versioned(current + 1, rules, editor.displayName(), now, comment);
	}

	private List<Versioned> read(String tail) {
		return this.jdbc.query("select version, rules, edited_by, edited_at, comment from escalation_rules " + tail,
				(rs, i) -> new Versioned(rs.getInt("version"),
						this.mapper.readValue(rs.getString("rules"), EscalationRules.class), rs.getString("edited_by"),
						rs.getTimestamp("edited_at").toInstant(), rs.getString("comment")));
	}

	/** Rules with the version they are, who saved them and why. */
	public record Versioned(int version, EscalationRules rules, String editedBy, Instant editedAt, String comment) {
	}

}
