package io.yordam.conversations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatPoliciesTest {

	@Test
	void textPolicy() {
		MessageTextPolicy policy = new MessageTextPolicy(5);
		assertThat(policy.check("hello", false)).isEqualTo(Verdict.ALLOWED);
		assertThat(policy.check("  hi  ", false)).isEqualTo(Verdict.ALLOWED);
		assertThat(policy.check("   ", false))
			.isEqualTo(new Verdict.Refused("text", "not-empty", "A message needs text or an image"));
		assertThat(policy.check(null, true)).isEqualTo(Verdict.ALLOWED);
		assertThat(policy.check("toolong", false)).isInstanceOfSatisfying(Verdict.Refused.class,
				r -> assertThat(r.rule()).isEqualTo("max-length"));
		// Counted in characters as a person sees them, not UTF-16 units: five emoji fit.
		assertThat(policy.check("😀😀😀😀😀", false)).isEqualTo(Verdict.ALLOWED);
	}

	@Test
	void floodPolicy() {
		MessageFloodPolicy policy = new MessageFloodPolicy(3);
		assertThat(policy.check(2)).isEqualTo(Verdict.ALLOWED);
		assertThat(policy.check(3)).isInstanceOfSatisfying(Verdict.Refused.class,
				r -> assertThat(r.rule()).isEqualTo("message-flood"));
	}

	@Test
	void imagesAreRecognisedByTheirBytes() {
		ImageContentPolicy policy = new ImageContentPolicy(100);
		assertThat(ImageContentPolicy.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }))
			.isEqualTo("image/jpeg");
		assertThat(ImageContentPolicy.sniff(ChatHttpTests.PNG)).isEqualTo("image/png");
		assertThat(ImageContentPolicy.sniff("GIF89a....".getBytes())).isEqualTo("image/gif");
		assertThat(ImageContentPolicy.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes())).isEqualTo("image/webp");
		assertThat(ImageContentPolicy.sniff("<svg xmlns=...>".getBytes())).isNull();
		assertThat(policy.check(new byte[0])).isInstanceOf(Verdict.Refused.class);
		assertThat(policy.check(new byte[101])).isInstanceOfSatisfying(Verdict.Refused.class,
				r -> assertThat(r.rule()).isEqualTo("max-size"));
		assertThat(policy.check(ChatHttpTests.PNG)).isEqualTo(Verdict.ALLOWED);
	}

}
