package io.yordam.phone;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.yordam.access.Participant;

import static org.assertj.core.api.Assertions.assertThat;

/** A call's steps in any order a PBX may send them. */
class PhoneCallTests {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void aRingingCallIsAnsweredThenEnds() {
		PhoneCall call = call();
		assertThat(call.ring(NOW)).isTrue();
		assertThat(call.answer(UUID.randomUUID(), "101", NOW.plusSeconds(5))).isTrue();
		assertThat(call.miss(NOW.plusSeconds(6))).as("an answered call is never missed").isFalse();
		assertThat(call.end(187, "https://pbx/1.mp3", NOW.plusSeconds(192))).isTrue();
		assertThat(call.state).isEqualTo(PhoneCall.State.ENDED);
		assertThat(call.voicemail(10, null, NOW.plusSeconds(200))).isFalse();
		assertThat(call.durationSeconds).isEqualTo(187);
	}

	@Test
	void aCallThatEndsUnansweredIsMissedAndMayLeaveAVoicemail() {
		PhoneCall call = call();
		call.ring(NOW);
		assertThat(call.end(0, null, NOW.plusSeconds(30))).as("no answer: the caller hung up").isFalse();
		assertThat(call.miss(NOW.plusSeconds(30))).isTrue();
		assertThat(call.answer(UUID.randomUUID(), "101", NOW.plusSeconds(31))).isFalse();
		assertThat(call.voicemail(14, "https://pbx/vm.wav", NOW.plusSeconds(50))).isTrue();
		assertThat(call.voicemail(14, "https://pbx/vm.wav", NOW.plusSeconds(50))).isFalse();
		assertThat(call.endedAt).isEqualTo(NOW.plusSeconds(30));
	}

	@Test
	void anAnswerArrivingFirstStartsTheCall() {
		PhoneCall call = call();
		assertThat(call.answer(null, "555", NOW)).isTrue();
		assertThat(call.ring(NOW)).as("a late ringing changes nothing").isFalse();
		assertThat(call.toString()).doesNotContain("901234567").contains("…67");
	}

	private static PhoneCall call() {
		return new PhoneCall("c-1", CtiEvent.Line.CUSTOMERS, "998901234567", Participant.customer("c-42"), "Aziza",
				"uz");
	}

}
