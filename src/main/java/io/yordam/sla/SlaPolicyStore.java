package io.yordam.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA policies in force and their history. Before the first edit the defaults apply
 * (version 0). An edit is checked whole before anything is written; two admins saving the
 * same version: the second one's save fails rather than silently overwriting.
 */
@Service
public class SlaPolicyStore {

	private final SlaPolicyRepository versions;

	private final ObjectMapper mapper;

	private final Clock clock;

	SlaPolicyStore(SlaPolicyRepository versions, ObjectMapper mapper, Clock clock) {
		this.versions = versions;
		this.mapper = mapper;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Versioned current() {
		return this.versions.findFirstByOrderByVersionDesc()
			.map(this::versioned)
			.orElseGet(() -> new Versioned(0, SlaPoliciesForm.of(SlaPolicies.defaults()), "defaults", null, null));
	}

	/** The policies a ticket's clocks are started with now. */
	@Transactional(readOnly = true)
	public SlaPolicies inForce() {
		return current().form().parse();
	}

	@Transactional
	public Versioned update(int basedOn, SlaPoliciesForm form, OperatorPrincipal editor, String comment) {
		editor.require(StaffAction.EDIT_SLA_POLICIES);
		if (form == null) {
			throw new InvalidInputException("policies", "required", "The policies");
		}
		form.parse();
		if (comment != null && comment.length() > 500) {
			throw new InvalidInputException("comment", "length", "At most 500 characters");
		}
		int current = this.versions.findFirstByOrderByVersionDesc().map(SlaPolicyVersion::version).orElse(0);
		if (basedOn != current) {
			throw RuleViolationException.conflict("policies-changed",
					"Someone saved version " + current + " meanwhile; reload and edit again");
		}
		String json = this.mapper.writeValueAsString(form);
		if (json.length() > 20_000) {
			throw new InvalidInputException("policies", "length", "The policies are too long to store");
		}
		return versioned(this.versions.saveAndFlush(
				new SlaPolicyVersion(current + 1, json, editor.displayName(), this.clock.instant(), comment)));
	}

	@Transactional(readOnly = true)
	public List<Versioned> history() {
		return this.versions.findByOrderByVersionDesc(Limit.of(50)).stream().map(this::versioned).toList();
	}

	private Versioned versioned(SlaPolicyVersion v) {
		return new Versioned(v.version(), this.mapper.readValue(v.policies(), SlaPoliciesForm.class), v.editedBy(),
				v.editedAt(), v.comment());
	}

	/** Policies with the version they are, who saved them and why. */
	public record Versioned(int version, SlaPoliciesForm form, String editedBy, Instant editedAt, String comment) {
	}

}
