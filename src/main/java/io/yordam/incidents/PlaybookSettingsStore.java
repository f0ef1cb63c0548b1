package io.yordam.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current playbook settings and their history. Before the first edit the defaults
 * apply (version 0). Every change says why. Two admins saving at once: the second one's
 * version already exists and their save fails rather than silently overwriting. A revert
 * brings an earlier version back as a new one, so the history keeps what was undone.
 */
@Service
public class PlaybookSettingsStore {

	/** The longest reason kept (its column). */
	static final int REASON = 500;

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
			.orElseGet(PlaybookSettingsStore::defaults);
	}

	/**
	 * @param reason why (required: the history answers "why did this change?")
	 */
	@Transactional
	public Versioned update(int basedOn, PlaybookSettings settings, Acting editor, String reason) {
		editor.require(StaffAction.EDIT_PLAYBOOK_SETTINGS);
		List<InvalidInputException.Violation> bad = new ArrayList<>();
		try {
			settings.validate();
		}
		catch (InvalidInputException ex) {
			bad.addAll(ex.violations());
		}
		bad.addAll(reasonViolations(reason));
		if (!bad.isEmpty()) {
			throw new InvalidInputException(bad);
		}
		return save(basedOn, settings, editor, reason.strip(), null);
	}

	/**
	 * Brings back an earlier version (0: the defaults) as the next one, with who and why.
	 */
	@Transactional
	public Versioned revert(int to, int basedOn, Acting editor, String reason) {
		editor.require(StaffAction.EDIT_PLAYBOOK_SETTINGS);
		List<InvalidInputException.Violation> bad = reasonViolations(reason);
		if (!bad.isEmpty()) {
			throw new InvalidInputException(bad);
		}
		Versioned earlier = version(to).orElseThrow(() -> new NotFoundException("version"));
		if (to == current().version()) {
			throw RuleViolationException.conflict("already-current", "Version " + to + " is the current one");
		}
		return save(basedOn, earlier.settings(), editor, reason.strip(), to);
	}

	/** A version as it was saved; 0 is the defaults. */
	@Transactional(readOnly = true)
	public Optional<Versioned> version(int version) {
		if (version == 0) {
			return Optional.of(defaults());
		}
		return this.versions.findById(version).map(this::versioned);
	}

	/** What a version changed from the one before it (the first: from the defaults). */
	@Transactional(readOnly = true)
	public List<PlaybookSettingsDiff.Change> changes(int version) {
		Versioned after = version(version).orElseThrow(() -> new NotFoundException("version"));
		if (version == 0) {
			return List.of();
		}
		Versioned before = version(version - 1).orElseGet(PlaybookSettingsStore::defaults);
		return PlaybookSettingsDiff.between(before.settings(), after.settings());
	}

	@Transactional(readOnly = true)
	public List<Versioned> history() {
		return this.versions.findByOrderByVersionDesc(Limit.of(50)).stream().map(this::versioned).toList();
	}

	private Versioned save(int basedOn, PlaybookSettings settings, Acting editor, String reason, Integer revertedTo) {
		int current = this.versions.findFirstByOrderByVersionDesc().map(PlaybookSettingsVersion::version).orElse(0);
		if (basedOn != current) {
			throw RuleViolationException.conflict("settings-changed",
					"Someone saved version " + current + " meanwhile; reload and edit again");
		}
		PlaybookSettingsVersion saved = this.versions.saveAndFlush(new PlaybookSettingsVersion(current + 1,
				this.mapper.writeValueAsString(settings), editor.name(), this.clock.instant(), reason, revertedTo));
		return versioned(saved);
	}

	/** Both doors (the API and the settings page) come here. */
	private static List<InvalidInputException.Violation> reasonViolations(String reason) {
		if (reason == null || reason.isBlank()) {
			return List.of(new InvalidInputException.Violation("reason", "required", "Say why the settings change"));
		}
		if (reason.strip().length() > REASON) {
			return List
				.of(new InvalidInputException.Violation("reason", "length", "At most " + REASON + " characters"));
		}
		return List.of();
	}

	private static Versioned defaults() {
		return new Versioned(0, PlaybookSettings.defaults(), "defaults", null, null, null);
	}

	private Versioned versioned(PlaybookSettingsVersion v) {
		return new Versioned(v.version(), this.mapper.readValue(v.settings(), PlaybookSettings.class), v.editedBy(),
				v.editedAt(), v.comment(), v.revertedTo());
	}

	/**
	 * Settings with the version they are, who saved them and why.
	 *
	 * @param comment why they changed (the reason given)
	 * @param revertedTo the earlier version this one brought back, or null
	 */
	public record Versioned(int version, PlaybookSettings settings, String editedBy, Instant editedAt, String comment,
			Integer revertedTo) {
	}

}
