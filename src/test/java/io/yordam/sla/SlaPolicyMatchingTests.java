package io.yordam.sla;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlaPolicyMatchingTests {

	private static TicketFacts chat(TicketLine line, TicketCategory category, boolean vip, String language) {
		return new TicketFacts(line, SlaChannel.CHAT, category, TicketPriority.NORMAL, vip, language);
	}

	private static SlaPolicy matched(SlaPolicies policies, TicketFacts ticket) {
		return ((SlaPolicyMatching.Matched) policies.match(ticket)).policy();
	}

	@Test
	void aVipIsAnsweredWithin45SecondsWhateverTheCategory() {
		SlaPolicy policy = matched(SlaPolicies.defaults(),
				chat(TicketLine.CUSTOMERS_PARTNERS, TicketCategory.LATE_DELIVERY, true, "uz"));
		assertThat(policy.name()).isEqualTo("VIP chat");
		assertThat(policy.firstResponse()).isEqualTo(Duration.ofSeconds(45));
		assertThat(policy.nextResponse()).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void othersGetAMinuteAndAResolutionByCategory() {
		SlaPolicies defaults = SlaPolicies.defaults();
		SlaPolicy late = matched(defaults,
				chat(TicketLine.CUSTOMERS_PARTNERS, TicketCategory.LATE_DELIVERY, false, "ru"));
		SlaPolicy question = matched(defaults,
				chat(TicketLine.CUSTOMERS_PARTNERS, TicketCategory.GENERAL_QUESTION, false, "ru"));
		assertThat(late.firstResponse()).isEqualTo(Duration.ofSeconds(60));
		assertThat(late.resolution()).isEqualTo(Duration.ofMinutes(20));
		assertThat(question.name()).isEqualTo("Chat");
		assertThat(question.resolution()).isEqualTo(Duration.ofHours(4));
	}

	@Test
	void telegramIsAChatAndMailIsNot() {
		SlaPolicies defaults = SlaPolicies.defaults();
		SlaPolicy telegram = matched(defaults, new TicketFacts(TicketLine.CUSTOMERS_PARTNERS, SlaChannel.TELEGRAM,
				TicketCategory.LATE_DELIVERY, TicketPriority.NORMAL, false, "uz"));
		SlaPolicy mail = matched(defaults, new TicketFacts(TicketLine.CUSTOMERS_PARTNERS, SlaChannel.EMAIL,
				TicketCategory.LATE_DELIVERY, TicketPriority.NORMAL, false, "uz"));
		assertThat(telegram.name()).isEqualTo("Late delivery");
		assertThat(telegram.firstResponse()).isEqualTo(Duration.ofSeconds(60));
		assertThat(mail.name()).isEqualTo("Email");
		assertThat(mail.firstResponse()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void theFirstMatchWinsInTheAdminsOrder() {
		// Couriers come before the categories: a courier's late order is a courier's
		// ticket.
		SlaPolicy courier = matched(SlaPolicies.defaults(),
				chat(TicketLine.COURIERS, TicketCategory.LATE_DELIVERY, false, "uz"));
		assertThat(courier.name()).isEqualTo("Couriers on the road");
	}

	@Test
	void everyConditionMustHoldAndNoPolicyMeansNoClock() {
		SlaPolicy english = new SlaPolicy("English VIP", Set.of(), Set.of(SlaChannel.CHAT), Set.of(),
				Set.of(TicketPriority.HIGH), true, Set.of("en"), Duration.ofSeconds(30), Duration.ofMinutes(1),
				Duration.ofMinutes(10));
		List<SlaPolicy> only = List.of(english);
		TicketFacts fits = new TicketFacts(TicketLine.CUSTOMERS_PARTNERS, SlaChannel.CHAT,
				TicketCategory.GENERAL_QUESTION, TicketPriority.HIGH, true, "en");
		assertThat(SlaPolicyMatching.match(only, fits)).isEqualTo(new SlaPolicyMatching.Matched(english));
		assertThat(SlaPolicyMatching.match(only,
				new TicketFacts(fits.line(), fits.channel(), fits.category(), TicketPriority.NORMAL, true, "en")))
			.isInstanceOf(SlaPolicyMatching.NoPolicy.class);
		assertThat(SlaPolicyMatching.match(only,
				new TicketFacts(fits.line(), SlaChannel.EMAIL, fits.category(), fits.priority(), true, "en")))
			.isInstanceOf(SlaPolicyMatching.NoPolicy.class);
		assertThat(SlaPolicyMatching.match(only,
				new TicketFacts(fits.line(), fits.channel(), fits.category(), fits.priority(), false, "en")))
			.isInstanceOf(SlaPolicyMatching.NoPolicy.class);
		assertThat(SlaPolicyMatching.match(only,
				new TicketFacts(fits.line(), fits.channel(), fits.category(), fits.priority(), true, "ru")))
			.isInstanceOf(SlaPolicyMatching.NoPolicy.class);
	}

	@Test
	void theDefaultsSurviveTheirOwnForm() {
		assertThat(SlaPoliciesForm.of(SlaPolicies.defaults()).parse()).isEqualTo(SlaPolicies.defaults());
	}

}
