package io.yordam.tickets;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;
import io.yordam.conversations.ChannelContactLinker;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linking a channel's contact ({@code mail-…}, {@code tg-…}) to a platform customer
 * (issue 15 §4): the channel's linker makes its future messages the customer's, and the
 * ticket's requester becomes the customer. Recorded in {@code contact_links} (once per
 * contact) and on the ticket's audit trail.
 */
@Service
public class RequesterLinks {

	private final TicketRepository tickets;

	private final CustomerFinder finder;

	private final ObjectProvider<ChannelContactLinker> linkers;

	private final JdbcClient jdbc;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	RequesterLinks(TicketRepository tickets, CustomerFinder finder, ObjectProvider<ChannelContactLinker> linkers,
			JdbcClient jdbc, Clock clock) {
		this.tickets = tickets;
		this.finder = finder;
		this.linkers = linkers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether the requester is a contact of a channel that is on. */
	public boolean linkable(TicketSummary ticket) {
		return ticket.status() != TicketStatus.CLOSED && !linkersOf(ticket.requester()).isEmpty();
	}

	@Transactional(readOnly = true)
	public List<CustomerMatch> find(String query) {
		return this.finder.find(query);
	}

	@Transactional
	public TicketSummary link(TicketId id, String customerId, OperatorPrincipal operator) {
		CustomerMatch customer = this.finder.byId(customerId)
			.orElseThrow(() -> new InvalidInputException("customerId", "known-customer", "No customer with this id"));
		Ticket ticket = this.entityManager.find(Ticket.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
		if (ticket == null) {
			throw new NotFoundException("ticket");
		}
		Participant contact = ticket.requester();
		List<ChannelContactLinker> linkers = linkersOf(contact);
		if (linkers.isEmpty()) {
			throw RuleViolationException.conflict("not-a-contact", "The requester is no channel's contact");
		}
		Actor actor = Actor.of(operator);
		record(contact, customer, ticket, actor);
		PlatformUser account = new PlatformUser(customer.customerId(), PlatformRole.CUSTOMER, customer.name(),
				ticket.language());
		linkers.forEach(linker -> linker.link(contact, account));
		ticket.requesterLinked(new Participant(PlatformRole.CUSTOMER, customer.customerId()), customer.name(), actor,
				this.clock.instant());
		return this.tickets.save(ticket).summary();
	}

	/** The contact's one link: a second one, however parallel, meets the key. */
	private void record(Participant contact, CustomerMatch customer, Ticket ticket, Actor actor) {
		try {
			this.jdbc
				.sql("""
						insert into contact_links (contact_role, contact_id, customer_role, customer_id, customer_name,
						ticket_id, linked_by, linked_by_name, linked_at)
						values (:contactRole, :contactId, 'CUSTOMER', :customerId, :customerName, :ticket, :by, :byName, :at)""")
				.param("contactRole", contact.role().name())
				.param("contactId", contact.id())
				.param("customerId", customer.customerId())
				.param("customerName", customer.name())
				.param("ticket", ticket.id().value())
				.param("by", actor.id())
				.param("byName", actor.name())
				.param("at", Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw RuleViolationException.conflict("contact-linked", "The contact is linked already");
		}
	}

	private List<ChannelContactLinker> linkersOf(Participant contact) {
		return this.linkers.orderedStream().filter(linker -> linker.supports(contact)).toList();
	}

}
