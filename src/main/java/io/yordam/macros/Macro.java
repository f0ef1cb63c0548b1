package io.yordam.macros;

import java.time.Instant;
import java.util.UUID;

import io.yordam.access.OperatorPrincipal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A canned reply: shared (no owner) or one operator's own. Its usage count is raised only
 * in the database, by the statement that records a use, never written from here.
 */
@Entity
@Table(name = "macros")
class Macro {

	@Id
	private UUID id;

	private UUID ownerId;

	private String ownerName;

	@Enumerated(EnumType.STRING)
	private StandardStep step;

	private String titleRu;

	private String bodyRu;

	private String titleUz;

	private String bodyUz;

	private String titleEn;

	private String bodyEn;

	private String setStatus;

	private String addTag;

	private String setPriority;

	@Column(insertable = false, updatable = false)
	private long usageCount;

	private Instant createdAt;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected Macro() {
	}

	static Macro create(MacroDraft.Valid draft, boolean shared, OperatorPrincipal by, Instant now) {
		Macro macro = new Macro();
		macro.id = UUID.randomUUID();
		if (!shared) {
			macro.ownerId = by.id().value();
			macro.ownerName = by.displayName();
		}
		macro.createdAt = now;
		macro.revise(draft, by, now);
		return macro;
	}

	void revise(MacroDraft.Valid draft, OperatorPrincipal by, Instant now) {
		this.step = draft.step();
		this.titleRu = draft.texts().ru().title();
		this.bodyRu = draft.texts().ru().body();
		this.titleUz = draft.texts().uz().title();
		this.bodyUz = draft.texts().uz().body();
		this.titleEn = draft.texts().en().title();
		this.bodyEn = draft.texts().en().body();
		this.setStatus = draft.actions().status();
		this.addTag = draft.actions().tag();
		this.setPriority = draft.actions().priority();
		this.updatedAt = now;
		this.updatedBy = by.displayName();
	}

	boolean shared() {
		return this.ownerId == null;
	}

	boolean ownedBy(OperatorPrincipal operator) {
		return this.ownerId != null && this.ownerId.equals(operator.id().value());
	}

	UUID id() {
		return this.id;
	}

	StandardStep step() {
		return this.step;
	}

	MacroView view() {
		return new MacroView(this.id, shared(), this.ownerName, this.step,
				new MacroTexts(new MacroTexts.Text(this.titleRu, this.bodyRu),
						new MacroTexts.Text(this.titleUz, this.bodyUz), new MacroTexts.Text(this.titleEn, this.bodyEn)),
				new MacroActions(this.setStatus, this.addTag, this.setPriority), this.usageCount, this.updatedAt,
				this.updatedBy);
	}

}
