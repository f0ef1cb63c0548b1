package io.yordam.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import io.yordam.access.PlatformRole;
import io.yordam.common.InvalidInputException;
import io.yordam.conversations.Channel;
import io.yordam.support.MutableClock;
import io.yordam.tickets.EscalationLevel;
import io.yordam.tickets.TicketCategory;
import io.yordam.tickets.TicketId;
import io.yordam.tickets.TicketLine;
import io.yordam.tickets.TicketPriority;
import io.yordam.tickets.TicketResolution;
import io.yordam.tickets.TicketStatus;
import io.yordam.tickets.TicketSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The feedback's rules alone: whom to ask, what is low, which orders are sampled. */
class FeedbackPoliciesTests {

	static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

	@Test
	void aRatingAtOrBelowTheThresholdIsFollowedUpAndZeroMeansNever() {
		LowRatingPolicy policy = new LowRatingPolicy(2);
		assertThat(policy.decide(1)).isInstanceOf(LowRatingPolicy.FollowUp.class);
		assertThat(policy.decide(2)).isInstanceOf(LowRatingPolicy.FollowUp.class);
		assertThat(policy.decide(3)).isInstanceOf(LowRatingPolicy.Content.class);
		assertThat(new LowRatingPolicy(0).decide(1)).isInstanceOf(LowRatingPolicy.Content.class);
		assertThat(new LowRatingPolicy(5).decide(5)).isInstanceOf(LowRatingPolicy.FollowUp.class);
	}

	@Test
	void aCustomersSolvedChatIsAskedWhenAPersonAnsweredOrTheBotSolvedItAlone() {
		assertThat(SurveyPolicy
			.check(resolution(ticket(TicketStatus.SOLVED, PlatformRole.CUSTOMER, Channel.CHAT, NOW), false), 0))
			.isInstanceOf(SurveyPolicy.Ask.class);
		assertThat(SurveyPolicy
			.check(resolution(ticket(TicketStatus.SOLVED, PlatformRole.CUSTOMER, Channel.TELEGRAM, null), true), 0))
			.isInstanceOf(SurveyPolicy.Ask.class);
	}

	@Test
	void aHandOffNobodyAnsweredCouriersCallsAndTicketsThatMovedOnAreNotAsked() {
		assertThat(why(ticket(TicketStatus.SOLVED, PlatformRole.CUSTOMER, Channel.CHAT, null), false, 0))
			.isEqualTo("nobody-answered");
		assertThat(why(ticket(TicketStatus.SOLVED, PlatformRole.COURIER, Channel.CHAT, NOW), false, 0))
			.isEqualTo("not-a-customer");
		assertThat(why(ticket(TicketStatus.SOLVED, PlatformRole.CUSTOMER, Channel.PHONE, NOW), false, 0))
			.isEqualTo("no-way-to-ask");
		assertThat(why(ticket(TicketStatus.OPEN, PlatformRole.CUSTOMER, Channel.CHAT, NOW), false, 0))
			.isEqualTo("moved-on");
		assertThat(why(ticket(TicketStatus.SOLVED, PlatformRole.CUSTOMER, Channel.CHAT, NOW), false, 1))
			.as("the event was about an earlier resolution")
			.isEqualTo("moved-on");
	}

	@Test
	void aMailedTicketIsAskedOnlyWhenAMailCanReachItsCustomer() {
		TicketResolution mailed = resolution(ticket(TicketStatus.SOLVED, PlatformRole.CUSTOMER, Channel.EMAIL, NOW),
				false);
		assertThat(SurveyPolicy.check(mailed, 0, true)).isInstanceOf(SurveyPolicy.Ask.class);
		assertThat(((SurveyPolicy.Skip) SurveyPolicy.check(mailed, 0, false)).why()).isEqualTo("no-way-to-ask");
		assertThat(((SurveyPolicy.Skip) SurveyPolicy
			.check(resolution(ticket(TicketStatus.SOLVED, PlatformRole.CUSTOMER, Channel.PHONE, NOW), false), 0, true))
			.why()).as("a call has no mail to answer").isEqualTo("no-way-to-ask");
	}

	@Test
	void aSurveyLinkNamesItsSurveyUntilItExpiresAndAnyChangedByteIsRefused() {
		String secret = "a-key-of-the-tests-that-is-long-enough-0123";
		MutableClock clock = new MutableClock(NOW);
		SurveyLinks links = new SurveyLinks(secret, Duration.ofDays(14), clock);
		UUID survey = UUID.randomUUID();
		SurveyLinks.Link link = links.issue(survey);
		assertThat(link.token()).hasSize(48).matches("[A-Za-z0-9_-]+");
		assertThat(links.verify(link.token())).isEqualTo(new SurveyLinks.Valid(survey));
		byte[] bytes = java.util.Base64.getUrlDecoder().decode(link.token());
		for (int i = 0; i < bytes.length; i++) {
			byte[] changed = bytes.clone();
			changed[i] ^= 0x01;
			assertThat(links.verify(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(changed)))
				.as("byte " + i)
				.isInstanceOf(SurveyLinks.Forged.class);
		}
		assertThat(new SurveyLinks(secret.replace('a', 'b'), Duration.ofDays(14), clock).verify(link.token()))
			.isInstanceOf(SurveyLinks.Forged.class);
		assertThat(links.verify("")).isInstanceOf(SurveyLinks.Forged.class);
		assertThat(links.verify("%%%")).isInstanceOf(SurveyLinks.Forged.class);
		clock.advance(Duration.ofDays(14).minusMinutes(2));
		assertThat(links.verify(link.token())).isInstanceOf(SurveyLinks.Valid.class);
		clock.advance(Duration.ofMinutes(2));
		assertThat(links.verify(link.token())).isInstanceOf(SurveyLinks.Expired.class);
		assertThatThrownBy(() -> new SurveyLinks("short", Duration.ofDays(1), clock))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theNpsSampleIsDrawnFromTheOrderSoEveryNodeAgreesAndItsShareIsAboutTheRate() {
		NpsPolicy tenth = new NpsPolicy(10, Duration.ofDays(90));
		assertThat(tenth.sampled("o-1")).isEqualTo(tenth.sampled("o-1"));
		long sampled = IntStream.range(0, 10_000).filter(i -> tenth.sampled("o-" + i)).count();
		assertThat(sampled).isBetween(800L, 1200L);
		assertThat(new NpsPolicy(0, Duration.ofDays(1)).sampled("o-1")).isFalse();
		assertThat(IntStream.range(0, 100).allMatch(i -> new NpsPolicy(100, Duration.ofDays(1)).sampled("o-" + i)))
			.isTrue();
		assertThat(tenth.sampled(null)).isFalse();
	}

	@Test
	void settingsOutOfRangeAreRefusedNamingEachField() {
		FeedbackSettings.defaults().validate();
		assertThatThrownBy(() -> new FeedbackSettings(6, 101, 0).validate()).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.violations()).extracting(InvalidInputException.Violation::field)
					.containsExactly("lowRatingThreshold", "npsSamplePercent", "npsIntervalDays"));
	}

	@Test
	void onlyTheFeedbacksOwnButtonsAreReadAsAnswers() {
		UUID id = UUID.randomUUID();
		assertThat(FeedbackActions.parse("csat:" + id + ":2")).contains(new FeedbackActions.Answer(false, id, 2));
		assertThat(FeedbackActions.parse("nps:" + id + ":10")).contains(new FeedbackActions.Answer(true, id, 10));
		assertThat(FeedbackActions.parse("bot:" + id + ":2")).isEmpty();
		assertThat(FeedbackActions.parse("csat:not-a-uuid:2")).isEmpty();
		assertThat(FeedbackActions.parse("csat:" + id)).isEmpty();
		assertThat(FeedbackActions.parse(null)).isEmpty();
	}

	private static String why(TicketSummary ticket, boolean byBot, int reopenCount) {
		return ((SurveyPolicy.Skip) SurveyPolicy.check(resolution(ticket, byBot), reopenCount)).why();
	}

	private static TicketResolution resolution(TicketSummary ticket, boolean byBot) {
		return new TicketResolution(ticket, byBot);
	}

	private static TicketSummary ticket(TicketStatus status, PlatformRole role, Channel channel,
			Instant firstResponseAt) {
		return new TicketSummary(new TicketId(UUID.randomUUID()), 1042, UUID.randomUUID(), "c-1", role, "Dilnoza",
				TicketLine.CUSTOMERS_PARTNERS, status, TicketPriority.NORMAL, TicketCategory.GENERAL_QUESTION, Set.of(),
				null, null, null, "late", NOW, NOW, firstResponseAt, NOW, "ru", EscalationLevel.FIRST_LINE, 0, channel);
	}

}
