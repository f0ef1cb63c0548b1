package io.yordam.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Immutable;

import org.springframework.data.domain.Persistable;

/**
 * One movement of money: two entries that sum to zero. Written once, never updated
 * (Hibernate treats it as immutable); a correction is another transaction that reverses
 * this one.
 */
@Entity
@Immutable
@Table(name = "ledger_transactions")
class LedgerTransaction implements Persistable<UUID> {

	@Id
	private UUID id;

	private String idempotencyKey;

	@Enumerated(EnumType.STRING)
	private PostingKind kind;

	private String customerId;

	/** Positive for a posting, negative for its reversal. */
	private long amount;

	private UUID ticketId;

	private String orderId;

	private UUID incidentId;

	private String optionCode;

	@Enumerated(EnumType.STRING)
	private LedgerActor.Kind actorKind;

	private String actorId;

	private String actorName;

	private String approvedBy;

	private String reason;

	private UUID reversesId;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "ledger_entries", joinColumns = @JoinColumn(name = "transaction_id"))
	@OrderBy("position")
	private List<Entry> entries = new ArrayList<>();

	@Transient
	private boolean fresh;

	protected LedgerTransaction() {
	}

	private LedgerTransaction(String key, PostingKind kind, String customerId, long amount, Posting.Reference reference,
			LedgerActor actor, String reason, UUID reversesId, Instant now) {
		this.id = UUID.randomUUID();
		this.idempotencyKey = key;
		this.kind = kind;
		this.customerId = customerId;
		this.amount = amount;
		this.ticketId = reference.ticketId();
		this.orderId = reference.orderId();
		this.incidentId = reference.incidentId();
		this.optionCode = reference.option();
		this.actorKind = actor.kind();
		this.actorId = actor.id();
		this.actorName = actor.name();
		this.approvedBy = actor.approvedBy();
		this.reason = reason;
		this.reversesId = reversesId;
		this.createdAt = now;
		// Money leaves the source and reaches the destination; a reversal (negative
		// amount)
		// moves it back. Either way the two entries sum to zero.
		this.entries.add(new Entry(0, kind.source(), -amount));
		this.entries.add(new Entry(1, kind.destination(customerId), amount));
		this.fresh = true;
	}

	static LedgerTransaction post(Posting posting, Instant now) {
		return new LedgerTransaction(posting.idempotencyKey(), posting.kind(), posting.customerId(),
				posting.amount().som(), posting.reference(), posting.actor(), posting.reason(), null, now);
	}

	LedgerTransaction reversal(LedgerActor actor, String reason, Instant now) {
		if (this.reversesId != null) {
			throw new IllegalStateException("A reversal is not reversed; post again instead");
		}
		return new LedgerTransaction(reversalKey(this.id), this.kind, this.customerId, -this.amount,
				new Posting.Reference(this.ticketId, this.orderId, this.incidentId, this.optionCode), actor, reason,
				this.id, now);
	}

	static String reversalKey(UUID id) {
		return "reversal:" + id;
	}

	/** Whether a posting with this key would be a retry of this transaction. */
	boolean sameAs(Posting posting) {
		return this.kind == posting.kind() && this.customerId.equals(posting.customerId())
				&& this.amount == posting.amount().som();
	}

	long balance() {
		return this.entries.stream().mapToLong(Entry::amount).sum();
	}

	List<Entry> entries() {
		return List.copyOf(this.entries);
	}

	boolean isReversal() {
		return this.reversesId != null;
	}

	String idempotencyKey() {
		return this.idempotencyKey;
	}

	String customerId() {
		return this.customerId;
	}

	long amount() {
		return this.amount;
	}

	String actorId() {
		return this.actorId;
	}

	UUID reversesId() {
		return this.reversesId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	CompensationPosted posted() {
		return new CompensationPosted(this.id, this.kind, this.customerId, this.amount, this.ticketId, this.orderId,
				this.optionCode, this.actorKind, this.actorId, this.reversesId, this.createdAt);
	}

	LedgerLine line(boolean reversed) {
		return new LedgerLine(this.id, this.createdAt, this.kind, this.customerId, this.amount, this.ticketId,
				this.orderId, this.incidentId, this.optionCode, this.actorKind, this.actorId, this.actorName,
				this.approvedBy, this.reason, this.reversesId, reversed, this.idempotencyKey);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@PostLoad
	void loaded() {
		this.fresh = false;
	}

	/** One side of the movement. */
	@Embeddable
	record Entry(int position, String account, @Column(name = "amount") long amount) {
	}

}
