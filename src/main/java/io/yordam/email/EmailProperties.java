package io.yordam.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The email channel's settings ({@code yordam.email.*}). SMTP is Spring Boot's own
 * {@code spring.mail.*}; the mailbox read here is the one customers write to.
 *
 * @param address the support mailbox's address: replies come from it, and mail from it is
 * a loop
 * @param name the name replies are signed with
 * @param pollEvery how often the mailbox is read
 * @param maxTextLength a longer mail is cut to this many characters (the chat's limit)
 * @param inboundSecret the HMAC secret of the HTTP inbound door (at least 16 characters);
 * empty: the door is closed
 * @param maxInboundSize the largest mail the HTTP door reads (larger: 413)
 */
@ConfigurationProperties("yordam.email")
record EmailProperties(@DefaultValue("false") boolean enabled, @DefaultValue("support@yordam.local") String address,
		@DefaultValue("Yordam") String name, @DefaultValue Imap imap, @DefaultValue("PT30S") Duration pollEvery,
		@DefaultValue("PT2S") Duration retryFirst, @DefaultValue("PT10M") Duration retryMax,
		@DefaultValue("2000") int maxTextLength, @DefaultValue("") String inboundSecret,
		@DefaultValue("25MB") DataSize maxInboundSize) {

	/**
	 * The support mailbox over IMAP (imaps when {@code ssl}); with {@code idle}, IMAP
	 * IDLE wakes the mailbox round as mail arrives, where the server has it.
	 */
	record Imap(@DefaultValue("") String host, @DefaultValue("993") int port, @DefaultValue("") String username,
			@DefaultValue("") String password, @DefaultValue("INBOX") String folder, @DefaultValue("true") boolean ssl,
			@DefaultValue("true") boolean idle) {

		boolean configured() {
			return !this.host.isBlank();
		}

	}

	/** The domain of our own Message-IDs: the support address's. */
	String domain() {
		int at = this.address.indexOf('@');
		return (at < 0) ? "yordam.local" : this.address.substring(at + 1);
	}

}
