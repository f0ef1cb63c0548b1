package io.yordam.tickets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a search query names exactly, besides its words. */
class IdentifierTest {

	@Test
	void aTicketNumberWithOrWithoutItsSign() {
		assertThat(Identifier.in("#1234")).containsExactly(new Identifier(Identifier.Kind.TICKET_NUMBER, "1234"));
		assertThat(Identifier.in(" 1234 ")).containsExactly(new Identifier(Identifier.Kind.TICKET_NUMBER, "1234"));
	}

	@Test
	void anOrderByItsNumberOrThePlatformsId() {
		assertThat(Identifier.in("E24-104233")).containsExactly(new Identifier(Identifier.Kind.ORDER, "E24-104233"));
		assertThat(Identifier.in("dm-tpa2co-879126"))
			.containsExactly(new Identifier(Identifier.Kind.ORDER, "dm-tpa2co-879126"));
		// Words with a dash are words.
		assertThat(Identifier.in("кто-то")).isEmpty();
	}

	@Test
	void aPhoneInAnyWritingAndNineDigitsAreAlsoATicketNumber() {
		assertThat(Identifier.in("+998 (90) 123-45-67"))
			.containsExactly(new Identifier(Identifier.Kind.PHONE, "998901234567"));
		assertThat(Identifier.in("901234567")).containsExactly(
				new Identifier(Identifier.Kind.TICKET_NUMBER, "901234567"),
				new Identifier(Identifier.Kind.PHONE, "998901234567"));
		assertThat(Identifier.in("#901234567"))
			.containsExactly(new Identifier(Identifier.Kind.TICKET_NUMBER, "901234567"));
	}

	@Test
	void anEmailInSmallLetters() {
		assertThat(Identifier.in("Aziza.K@Mail.uz"))
			.containsExactly(new Identifier(Identifier.Kind.EMAIL, "aziza.k@mail.uz"));
		assertThat(Identifier.in("kurier opozdal")).isEmpty();
		assertThat(Identifier.in("a@b")).isEmpty();
	}

}
