package io.yordam.orders;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlatformSignatureTest {

	private static final Instant NOW = Instant.ofEpochSecond(1795000000);

	private final PlatformSignature signature = new PlatformSignature("a-secret-of-sixteen+", Duration.ofMinutes(5),
			Clock.fixed(NOW, ZoneOffset.UTC));

	private final byte[] body = "{\"id\":\"e1\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void verifiesWhatItSigned() {
		assertThat(this.signature.verify(this.signature.sign(this.body), this.body)).isTrue();
		assertThat(this.signature.check(this.signature.sign(this.body), this.body))
			.isEqualTo(new PlatformSignature.Verdict.Valid(NOW));
	}

	@Test
	void signsTheTimestampWithTheBodyAsOpensslDoes() {
		// printf '1795000000.{"id":"e1"}' | openssl dgst -sha256 -hmac
		// 'a-secret-of-sixteen+'
		assertThat(this.signature.sign(this.body, NOW))
			.isEqualTo("t=1795000000,v1=d2d7b17ff0b88a407904c4a3c5520f0d0a44179993e96ef2411149d77c62801e");
	}

	@Test
	void refusesAnotherBodyAnotherSecretOrGarbage() {
		String header = this.signature.sign(this.body);
		assertThat(reason(header, "{\"id\":\"e2\"}")).isEqualTo(PlatformSignature.Verdict.Reason.MISMATCH);
		assertThat(new PlatformSignature("another-secret-0123").verify(header, this.body)).isFalse();
		assertThat(reason(null, "{}")).isEqualTo(PlatformSignature.Verdict.Reason.MISSING);
		assertThat(reason("t=1795000000,v1=zz", "{}")).isEqualTo(PlatformSignature.Verdict.Reason.MALFORMED);
		assertThat(reason("v1=" + "0".repeat(64), "{}")).isEqualTo(PlatformSignature.Verdict.Reason.MALFORMED);
		assertThat(reason("t=1795000000", "{}")).isEqualTo(PlatformSignature.Verdict.Reason.MALFORMED);
		assertThat(reason("t=99999999999999999999,v1=" + "0".repeat(64), "{}"))
			.isEqualTo(PlatformSignature.Verdict.Reason.MALFORMED);
		assertThat(reason("x".repeat(5000), "{}")).isEqualTo(PlatformSignature.Verdict.Reason.MALFORMED);
	}

	@Test
	void theOldBodyOnlySignatureIsRefused() {
		// sha256=<HMAC of the body alone>: what a captured request of the old scheme
		// carries.
		assertThat(reason("sha256=dc03437675b8e2f30fa670064cc8182484f7103a8e3548e91908854b1c849ad2", "{\"id\":\"e1\"}"))
			.isEqualTo(PlatformSignature.Verdict.Reason.MALFORMED);
	}

	@Test
	void refusesATimestampOutsideTheToleranceEitherWay() {
		assertThat(this.signature.verify(this.signature.sign(this.body, NOW.minusSeconds(300)), this.body)).isTrue();
		assertThat(this.signature.verify(this.signature.sign(this.body, NOW.plusSeconds(300)), this.body)).isTrue();
		assertThat(this.signature.check(this.signature.sign(this.body, NOW.minusSeconds(301)), this.body))
			.isEqualTo(new PlatformSignature.Verdict.Refused(PlatformSignature.Verdict.Reason.EXPIRED));
		assertThat(this.signature.check(this.signature.sign(this.body, NOW.plusSeconds(301)), this.body))
			.isEqualTo(new PlatformSignature.Verdict.Refused(PlatformSignature.Verdict.Reason.EXPIRED));
	}

	@Test
	void aTamperedTimestampNoLongerMatches() {
		String old = this.signature.sign(this.body, NOW.minusSeconds(3600));
		String moved = old.replace("t=" + NOW.minusSeconds(3600).getEpochSecond(), "t=" + NOW.getEpochSecond());
		assertThat(this.signature.check(moved, this.body))
			.isEqualTo(new PlatformSignature.Verdict.Refused(PlatformSignature.Verdict.Reason.MISMATCH));
	}

	@Test
	void oneOfSeveralSignaturesSuffices() {
		// A secret being rotated: the sender signs with both.
		String other = new PlatformSignature("the-next-secret-0123").sign(this.body, NOW);
		String mine = this.signature.sign(this.body, NOW);
		String both = other + "," + mine.substring(mine.indexOf("v1="));
		assertThat(this.signature.verify(both, this.body)).isTrue();
	}

	@Test
	void refusesAShortSecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PlatformSignature("short"));
	}

	private PlatformSignature.Verdict.Reason reason(String header, String body) {
		PlatformSignature.Verdict verdict = this.signature.check(header, body.getBytes(StandardCharsets.UTF_8));
		assertThat(verdict).isInstanceOf(PlatformSignature.Verdict.Refused.class);
		return ((PlatformSignature.Verdict.Refused) verdict).reason();
	}

}
