package io.yordam.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.Money;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compensation ledger. Posting runs in the caller's transaction, so money moves with
 * the decision.
 */
@Service
public class Ledger {

	private final LedgerTransactionRepository transactions;

	private final LedgerBook book;

	private final Clock clock;

	Ledger(LedgerTransactionRepository transactions, Clock clock, ApplicationEventPublisher events) {
		this.transactions = transactions;
		this.clock = clock;
		this.book = new LedgerBook(new LedgerBook.Store() {
			@Override
			public Optional<LedgerTransaction> byKey(String key) {
				return transactions.findByIdempotencyKey(key);
			}

			@Override
			public Optional<LedgerTransaction> byId(UUID id) {
				return transactions.findById(id);
			}

			@Override
			public LedgerTransaction add(LedgerTransaction transaction) {
				LedgerTransaction added = transactions.save(transaction);
				// Only a transaction written now: analytics counts what was spent once.
				events.publishEvent(added.posted());
				return added;
			}
		});
	}

	/**
	 * Pays once per idempotency key: a retry returns the first transaction. A concurrent
	 * duplicate loses on the key's unique constraint and rolls back with its caller.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public LedgerLine post(Posting posting) {
		return this.book.post(posting, this.clock.instant()).line(false);
	}

	/**
	 * Reverses a transaction once: parallel reversals of it take turns, and the later
	 * ones find the first reversal and answer with it.
	 */
	@Transactional
	public LedgerLine reverse(UUID transactionId, OperatorPrincipal by, String reason) {
		by.require(StaffAction.REVERSE_LEDGER_TRANSACTION);
		LedgerActor actor = new LedgerActor(LedgerActor.Kind.AGENT, by.id().toString(), by.displayName(), null);
		this.transactions.lockById(transactionId);
		return this.book.reverse(transactionId, actor, reason, this.clock.instant()).line(false);
	}

	/** The customer's bonus balance: the sum of their bonus account's entries. */
	@Transactional(readOnly = true)
	public Money bonusBalance(String customerId) {
		return Money.som(this.transactions.sumOfAccount(PostingKind.bonusAccount(customerId)));
	}

	@Transactional(readOnly = true)
	public List<LedgerLine> historyOf(String customerId, int limit) {
		return lines(this.transactions.findByCustomerIdOrderByCreatedAtDesc(customerId, Limit.of(limit)));
	}

	/** What an operator (or the bot) has paid out since a moment: their shift's total. */
	@Transactional(readOnly = true)
	public Money paidBy(String actorId, Instant since) {
		return Money.som(this.transactions.paidBy(actorId, since));
	}

	/** What a customer has been paid since a moment. */
	@Transactional(readOnly = true)
	public Money paidTo(String customerId, Instant since) {
		return Money.som(this.transactions.paidTo(customerId, since));
	}

	@Transactional(readOnly = true)
	public Money paidFor(UUID incidentId) {
		return Money.som(this.transactions.paidFor(incidentId));
	}

	/**
	 * Finance's export: every transaction in [from, to), oldest first, as CSV (RFC 4180).
	 */
	@Transactional(readOnly = true)
	public void exportCsv(OperatorPrincipal reader, Instant from, Instant to, Writer out) {
		reader.require(StaffAction.EXPORT_LEDGER);
		try {
			out.write("id,created_at,kind,customer_id,amount_uzs,ticket_id,order_id,incident_id,option,actor_kind,"
					+ "actor_id,actor_name,approved_by,reason,reverses,idempotency_key\r\n");
			for (LedgerLine line : lines(this.transactions
				.findByCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByCreatedAt(from, to, Limit.of(100_000)))) {
				out.write(String.join(",", csv(line.id()), csv(line.at()), csv(line.kind()), csv(line.customerId()),
						csv(line.amount()), csv(line.ticketId()), csv(line.orderId()), csv(line.incidentId()),
						csv(line.option()), csv(line.actorKind()), csv(line.actorId()), csv(line.actorName()),
						csv(line.approvedBy()), csv(line.reason()), csv(line.reverses()), csv(line.idempotencyKey())));
				out.write("\r\n");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<LedgerLine> lines(List<LedgerTransaction> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Set<UUID> reversed = new HashSet<>(
				this.transactions.reversedAmong(found.stream().map(t -> t.getId()).toList()));
		return found.stream().map(t -> t.line(reversed.contains(t.getId()))).toList();
	}

	private static String csv(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		// A leading formula character would run in a spreadsheet: neutralise it.
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
