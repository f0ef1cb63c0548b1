package io.yordam.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.yordam.common.ConflictRetry;
import io.yordam.orders.PlatformSignature;

/**
 * The door for mail providers that post inbound mail over HTTP (as Mailgun's and
 * Postmark's inbound routes do) instead of a mailbox read over IMAP: the raw RFC 822
 * message, signed like the platform's events ({@code X-Yordam-Signature: t=…,v1=…},
 * HMAC-SHA256 of {@code "<t>." + body} with {@code yordam.email.inbound-secret}). Closed
 * (404) without a secret. A replay within the signature's 5 minutes is a duplicate by its
 * Message-ID.
 */
@RestController
@ConditionalOnBooleanProperty("yordam.email.enabled")
class EmailInboundController {

	private static final Logger log = LoggerFactory.getLogger(EmailInboundController.class);

	private final PlatformSignature signature;

	private final int maxBytes;

	private final MailReader reader;

	private final MailIntake intake;

	private final ConflictRetry retry;

	private final MeterRegistry meters;

	EmailInboundController(EmailProperties properties, MailReader reader, MailIntake intake, ConflictRetry retry,
			MeterRegistry meters, java.time.Clock clock) {
		this.signature = properties.inboundSecret().isBlank() ? null
				: new PlatformSignature(properties.inboundSecret(), PlatformSignature.DEFAULT_TOLERANCE, clock);
		this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, properties.maxInboundSize().toBytes());
		this.reader = reader;
		this.intake = intake;
		this.retry = retry;
		this.meters = meters;
	}

	@PostMapping(path = "/api/v1/channels/email/inbound")
	ResponseEntity<?> receive(@RequestHeader(name = PlatformSignature.HEADER, required = false) String signatureHeader,
			HttpServletRequest request) {
		if (this.signature == null) {
			return ResponseEntity.notFound().build();
		}
		if (request.getContentLengthLong() > this.maxBytes) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "max-body-size",
					"A mail may have at most " + this.maxBytes + " bytes");
		}
		byte[] raw = read(request);
		if (raw.length > this.maxBytes) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "max-body-size",
					"A mail may have at most " + this.maxBytes + " bytes");
		}
		if (this.signature.check(signatureHeader, raw) instanceof PlatformSignature.Verdict.Refused refused) {
			this.meters.counter("yordam.email.inbound", "outcome", "unsigned").increment();
			return PlatformSignature.refusal(refused);
		}
		InboundMail mail;
		try {
			mail = this.reader
				.read(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			this.meters.counter("yordam.email.inbound", "outcome", "malformed").increment();
			log.warn("A mail posted to the inbound door could not be read: {}", ex.toString());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The body is not a mail we can read (RFC 822 with a From address)");
			problem.setTitle("Unreadable mail");
			problem.setType(URI.create("https://yordam.io/problems/mime"));
			problem.setProperty("rule", "mime");
			problem.setProperty("field", "body");
			return ResponseEntity.badRequest().body(problem);
		}
		MailIntake.Outcome outcome = this.retry.again(() -> this.intake.take(mail));
		this.meters.counter("yordam.email.inbound", "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
			.increment();
		return ResponseEntity
			.ok(Map.of("messageId", mail.messageId(), "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)));
	}

	private byte[] read(HttpServletRequest request) {
		try (InputStream in = request.getInputStream()) {
			return in.readNBytes(this.maxBytes + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String rule, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle("Body too large");
		problem.setType(URI.create("https://yordam.io/problems/" + rule));
		problem.setProperty("rule", rule);
		return ResponseEntity.status(status).body(problem);
	}

}
