package io.yordam.phone;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One computer-telephony event, as a PBX posts it (see docs/integration.md, "Phone
 * lines"). Every event names its call, the line and the caller, so that any one of them,
 * arriving first, starts the call.
 *
 * @param eventId the PBX's id of this event: a second post of it changes nothing
 * @param extension the agent's extension (answered; ringing: the one it rings at, if any)
 */
record CtiEvent(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:@-]+") String eventId,
		@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:@-]+") String callId, @NotNull Type type,
		@NotNull Line line, @NotBlank @Size(max = 32) @Pattern(regexp = "\\+?[\\d\\s().-]{9,30}") String from,
		@Size(max = 16) @Pattern(regexp = "[0-9A-Za-z*#]+") String extension, Instant occurredAt,
		@PositiveOrZero @Max(86_400) Integer durationSeconds,
		@Size(max = 1000) @Pattern(regexp = "https?://\\S+") String recordingUrl) {

	enum Type {

		@JsonProperty("ringing")
		RINGING, @JsonProperty("answered")
		ANSWERED, @JsonProperty("ended")
		ENDED, @JsonProperty("missed")
		MISSED, @JsonProperty("voicemail")
		VOICEMAIL

	}

	/** The two lines of the seed, each with its queue and SLA. */
	enum Line {

		@JsonProperty("customers")
		CUSTOMERS, @JsonProperty("couriers")
		COURIERS

	}

}
