package io.yordam.orders;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A phone is its digits however it is written. */
class PhoneDigitsTest {

	@Test
	void everyWritingOfOneNumberIsTheSameDigits() {
		for (String written : new String[] { "+998901234567", "+998 90 123 45 67", "+998 (90) 123-45-67",
				"998901234567", "90 123 45 67", "(90) 123-45-67", "901234567", "+998.90.123.45.67" }) {
			assertThat(PhoneDigits.of(written)).as(written).contains("998901234567");
		}
	}

	@Test
	void wordsOrTooFewDigitsAreNoPhone() {
		assertThat(PhoneDigits.of("E24-104233")).isEmpty();
		assertThat(PhoneDigits.of("#1042")).isEmpty();
		assertThat(PhoneDigits.of("1042")).isEmpty();
		assertThat(PhoneDigits.of("12345678")).isEmpty();
		assertThat(PhoneDigits.of("call 901234567")).isEmpty();
		assertThat(PhoneDigits.of("1234567890123456")).isEmpty();
		assertThat(PhoneDigits.of(null)).isEmpty();
	}

}
