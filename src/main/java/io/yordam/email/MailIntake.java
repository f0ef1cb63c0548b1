package io.yordam.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.transaction.annotation.Transactional;

import io.yordam.access.PlatformUser;
import io.yordam.common.InvalidInputException;
import io.yordam.conversations.Channel;
import io.yordam.conversations.ChannelConversations;
import io.yordam.conversations.ConversationId;
import io.yordam.conversations.Conversations;
import io.yordam.tickets.TicketDesk;

/**
 * Takes one mail, once per Message-ID, in one transaction: the record of the mail, the
 * contact, the conversation and its messages together, or nothing.
 * <p>
 * A mail joins the conversation its In-Reply-To or References name, else the one whose
 * ticket number its subject carries ({@code [#1042]}), else it starts one. Either way
 * only a conversation of the same sender (role and id): knowing another customer's ticket
 * number or Message-ID does not put words in their ticket.
 */
class MailIntake {

	private static final Pattern TICKET_NUMBER = Pattern.compile("\\[#(\\d{1,12})]");

	enum Outcome {

		TAKEN, DUPLICATE, IGNORED

	}

	private final ChannelConversations channels;

	private final Conversations conversations;

	private final TicketDesk tickets;

	private final MailContacts contacts;

	private final MailThreads threads;

	MailIntake(ChannelConversations channels, Conversations conversations, TicketDesk tickets, MailContacts contacts,
			MailThreads threads) {
		this.channels = channels;
		this.conversations = conversations;
		this.tickets = tickets;
		this.contacts = contacts;
		this.threads = threads;
	}

	@Transactional
	Outcome take(InboundMail mail) {
		if (this.threads.known(mail.messageId())) {
			return Outcome.DUPLICATE;
		}
		if (mail.automatic() != null) {
			this.threads.record(mail.messageId(), "IN", null, MailThreads.Outcome.IGNORED, mail.fromAddress(),
					mail.subject());
			return Outcome.IGNORED;
		}
		PlatformUser sender = this.contacts.whoWrites(mail.fromAddress(), mail.fromName());
		String key = key(mail.messageId());
		UUID conversation = this.threads.conversationOf(mail.thread())
			.filter(id -> belongsTo(id, sender))
			.or(() -> byTicketNumber(mail.subject(), sender))
			.orElseGet(() -> this.channels.start(sender, Channel.EMAIL, subjectOf(mail), key).id().value());
		this.threads.record(mail.messageId(), "IN", conversation, MailThreads.Outcome.TAKEN, mail.fromAddress(),
				mail.subject());
		ConversationId id = new ConversationId(conversation);
		String text = mail.text().isBlank() && mail.images().isEmpty() ? subjectOf(mail) : mail.text();
		if (!mail.refusedAttachments().isEmpty()) {
			// Language-neutral: the agent sees which files did not come through.
			text = (text + "\n\n📎✗ " + String.join(", ", mail.refusedAttachments())).strip();
		}
		if (!text.isBlank()) {
			this.channels.receive(id, text, key);
		}
		for (int i = 0; i < mail.images().size(); i++) {
			try {
				this.channels.receiveImage(id, mail.images().get(i).data(), null, key + "-" + i);
			}
			catch (InvalidInputException ex) {
				// Not an image we accept after all (its bytes said otherwise): the text
				// above stands, the file is named.
				this.channels.receive(id, "📎✗ " + mail.images().get(i).fileName(), key + "-" + i);
			}
		}
		return Outcome.TAKEN;
	}

	private boolean belongsTo(UUID conversation, PlatformUser sender) {
		return this.conversations.find(new ConversationId(conversation))
			.filter(found -> found.participant().equals(sender.participant()))
			.isPresent();
	}

	private Optional<UUID> byTicketNumber(String subject, PlatformUser sender) {
		Matcher matcher = TICKET_NUMBER.matcher(subject);
		if (!matcher.find()) {
			return Optional.empty();
		}
		return this.tickets.findByNumber(Long.parseLong(matcher.group(1)))
			.filter(ticket -> ticket.requester().equals(sender.participant()))
			.map(io.yordam.tickets.TicketSummary::conversationId);
	}

	private static String subjectOf(InboundMail mail) {
		String subject = TICKET_NUMBER.matcher(mail.subject())
			.replaceAll("")
			.replaceFirst("(?i)^(re|fwd?|ответ)\\s*:\\s*", "")
			.strip();
		return subject.isBlank() ? "✉" : subject;
	}

	/** A client message id (≤ 100 characters) that is the same for the same mail. */
	static String key(String messageId) {
		return "mail:" + digest(messageId, 20);
	}

	/** The first {@code bytes} bytes of the text's SHA-256, in hex. */
	static String digest(String text, int bytes) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
