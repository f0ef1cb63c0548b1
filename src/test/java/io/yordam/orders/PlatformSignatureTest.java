package io.yordam.orders;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlatformSignatureTest {

	private final PlatformSignature signature = new PlatformSignature("a-secret-of-sixteen+");

	private final byte[] body = "{\"id\":\"e1\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void verifiesWhatItSigned() {
		assertThat(this.signature.verify(this.signature.sign(this.body), this.body)).isTrue();
	}

	@Test
	void matchesTheKnownHmacSha256() {
		// printf '{"id":"e1"}' | openssl dgst -sha256 -hmac 'a-secret-of-sixteen+'
		assertThat(this.signature.sign(this.body))
			.isEqualTo("sha256=dc03437675b8e2f30fa670064cc8182484f7103a8e3548e91908854b1c849ad2");
	}

	@Test
	void refusesAnotherBodyAnotherSecretOrGarbage() {
		String header = this.signature.sign(this.body);
		assertThat(this.signature.verify(header, "{\"id\":\"e2\"}".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(new PlatformSignature("another-secret-0123").verify(header, this.body)).isFalse();
		assertThat(this.signature.verify(null, this.body)).isFalse();
		assertThat(this.signature.verify("sha256=zz", this.body)).isFalse();
		assertThat(this.signature.verify(header.substring(7), this.body)).isFalse();
	}

	@Test
	void refusesAShortSecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PlatformSignature("short"));
	}

}
