package io.yordam.conversations;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.yordam.access.PlatformUser;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The chat API of the customers', couriers' and partners' apps (bearer: platform-signed
 * JWT).
 */
@RestController
@Tag(name = "Chat", description = "Customers, couriers and partners talking to support")
class ParticipantChatController {

	private final ParticipantChat chat;

	ParticipantChatController(ParticipantChat chat) {
		this.chat = chat;
	}

	@PostMapping("/api/v1/conversations")
	@Operation(summary = "Open a conversation with support, optionally about one of your orders",
			description = "201 when started; a retry with the same clientMessageId answers 200 with the same "
					+ "conversation. Too many starts in a short time: 429. The node at its limit of sends in "
					+ "flight: 429 with Retry-After (rule overloaded); send again later with the same clientMessageId.")
	ResponseEntity<ConversationResponse> start(@AuthenticationPrincipal Jwt jwt,
			@Valid @RequestBody StartRequest request) {
		ParticipantChat.Started started = this.chat.start(PlatformUser.from(jwt), request.orderId(), request.text(),
				request.clientMessageId());
		return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(ConversationResponse.of(started.conversation()));
	}

	@GetMapping("/api/v1/conversations")
	@Operation(summary = "Your conversations, newest first")
	List<ConversationResponse> mine(@AuthenticationPrincipal Jwt jwt) {
		return this.chat.mine(PlatformUser.from(jwt)).stream().map(ConversationResponse::of).toList();
	}

	@GetMapping("/api/v1/conversations/{id}")
	ConversationResponse get(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return ConversationResponse.of(this.chat.get(PlatformUser.from(jwt), uuid(id)));
	}

	@PostMapping("/api/v1/conversations/{id}/messages")
	@Operation(summary = "Send a message",
			description = "A retry with the same clientMessageId returns the message already stored. The node at "
					+ "its limit of sends in flight: 429 with Retry-After (rule overloaded), nothing stored.")
	MessageView post(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@Valid @RequestBody PostRequest request) {
		return this.chat.post(PlatformUser.from(jwt), uuid(id), request.text(), request.clientMessageId(),
				request.actionId());
	}

	@PostMapping(path = "/api/v1/conversations/{id}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Send an image (JPEG, PNG, GIF or WebP; checked by content)")
	MessageView postImage(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "clientMessageId", required = false) String clientMessageId,
			@RequestParam(name = "text", required = false) String text) throws IOException {
		if (clientMessageId == null || clientMessageId.isBlank() || clientMessageId.length() > 100) {
			throw new InvalidInputException("clientMessageId", "required",
					"A client message id of 1 to 100 characters is required");
		}
		if (file == null) {
			throw new InvalidInputException("file", "required", "An image file is required");
		}
		return this.chat.postImage(PlatformUser.from(jwt), uuid(id), file.getBytes(), text, clientMessageId);
	}

	@GetMapping("/api/v1/conversations/{id}/messages")
	@Operation(summary = "Messages after a sequence number, to catch up after a reconnect")
	List<MessageView> messages(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@RequestParam(name = "after", defaultValue = "0") @PositiveOrZero long after,
			@RequestParam(name = "limit", defaultValue = "200") @Min(1) @Max(500) int limit) {
		if (after < 0) {
			throw new InvalidInputException("after", "min", "must be 0 or more");
		}
		return this.chat.messagesAfter(PlatformUser.from(jwt), uuid(id), after, Math.min(Math.max(limit, 1), 500));
	}

	@PostMapping("/api/v1/conversations/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark the conversation read up to a sequence number")
	void read(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @Valid @RequestBody ReadRequest request) {
		this.chat.markRead(PlatformUser.from(jwt), uuid(id), request.seq());
	}

	@GetMapping("/api/v1/conversations/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@PathVariable String attachmentId) {
		Conversations.AttachmentContent content = this.chat.attachment(PlatformUser.from(jwt), uuid(id),
				uuid(attachmentId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.body(content.data());
	}

	/** A malformed id is answered like an unknown one. */
	static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("conversation");
		}
	}

	record StartRequest(@Size(max = 64) String orderId, String text, @Size(max = 100) String clientMessageId) {
	}

	record PostRequest(@NotBlank @Size(max = 100) String clientMessageId, String text,
			@Size(max = 120) String actionId) {
	}

	record ReadRequest(@PositiveOrZero long seq) {
	}

	record ConversationResponse(String id, String orderId, Instant createdAt, Instant lastMessageAt, long lastSeq,
			long readSeq, long supportReadSeq) {

		static ConversationResponse of(ConversationView view) {
			return new ConversationResponse(view.id().toString(), view.orderId(), view.createdAt(),
					view.lastMessageAt(), view.lastSeq(), view.participantReadSeq(), view.supportReadSeq());
		}

	}

}
