package io.yordam.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.ObjectMapper;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current playbook settings and their history. Before the first edit the defaults
 * apply (version 0). Two admins saving at once: the second one's version already exists
 * and their save fails rather than silently overwriting.
 */
@Service
public class PlaybookSettingsStore {

	private final PlaybookSettingsRepository versions;

	private final ObjectMapper mapper;

	private final Clock clock;

	PlaybookSettingsStore(PlaybookSettingsRepository versions, ObjectMapper mapper, Clock clock) {
		this.versions = versions;
		this.mapper = mapper;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Versioned current() {
		return this.versions.findFirstByOrderByVersionDesc()
			.map(this::versioned)
			.orElseGet(() -> new Versioned(0, PlaybookSettings.defaults(), "defaults", null, null));
	}

	@Transactional
	public Versioned update(int basedOn, PlaybookSettings settings, Acting editor, String comment) {
		editor.require(io.yordam.access.StaffAction.EDIT_PLAYBOOK_SETTINGS);
		settings.validate();
		if (comment != null && comment.length() > 500) {
			// Both doors (the API and the settings page) come here.
			throw new io.yordam.common.InvalidInputException("comment", "length", "At most 500 characters");
		}
		int current = this.versions.findFirstByOrderByVersionDesc().map(PlaybookSettingsVersion::version).orElse(0);
		if (basedOn != current) {
			throw io.yordam.common.RuleViolationException.conflict("settings-changed",
					"Someone saved version " + current + " meanwhile; reload and edit again");
		}
		PlaybookSettingsVersion saved = this.versions.saveAndFlush(new PlaybookSettingsVersion(current + 1,
				this.mapper.writeValueAsString(settings), editor.name(), this.clock.instant(), comment));
		return versioned(saved);
	}

	@Transactional(readOnly = true)
	public List<Versioned> history() {
		return this.versions.findByOrderByVersionDesc(Limit.of(50)).stream().map(this::versioned).toList();
	}

	private Versioned versioned(PlaybookSettingsVersion v) {
		return new Versioned(v.version(), this.mapper.readValue(v.settings(), PlaybookSettings.class), v.editedBy(),
				v.editedAt(), v.comment());
	}

	/** Settings with the version they are, who saved them and why. */
	public record Versioned(int version, PlaybookSettings settings, String editedBy, Instant editedAt, String comment) {
	}

}
