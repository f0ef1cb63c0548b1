package io.yordam.bot;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.yordam.conversations.Conversations;
import io.yordam.tickets.TicketDesk;
import io.yordam.tickets.TicketPriority;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The hand-off's priority: a customer angry or in a hurry earlier in the dialogue is high
 * priority whatever brings the person now.
 */
class HandOffsTest {

	final Conversations conversations = mock(Conversations.class);

	final TicketDesk tickets = mock(TicketDesk.class);

	final HandOffSummary summary = mock(HandOffSummary.class);

	final HandOffWriter writer = mock(HandOffWriter.class);

	final HandOffs handOffs = new HandOffs(this.conversations, this.tickets, new BotTexts(messages()), this.summary,
			this.writer, Clock.fixed(TurnFixture.NOW, ZoneOffset.UTC));

	final TurnFixture chat = new TurnFixture();

	HandOffsTest() {
		when(this.writer.write(any())).thenReturn(Map.of("ru", "ru", "uz", "uz", "en", "en"));
	}

	TicketDesk.HandOff handedOver(String reason, boolean pressing) {
		this.handOffs.handOff(this.chat.session, null, reason, null, pressing, "m-1");
		ArgumentCaptor<TicketDesk.HandOff> handOff = ArgumentCaptor.forClass(TicketDesk.HandOff.class);
		verify(this.tickets).handOff(any(), handOff.capture());
		return handOff.getValue();
	}

	@Test
	void aCalmCustomerWhoAsksIsNormalPriority() {
		TicketDesk.HandOff handOff = handedOver("asked", false);
		assertThat(handOff.priority()).isEqualTo(TicketPriority.NORMAL);
		assertThat(handOff.tags()).containsExactly("bot-handoff", "handoff-asked");
	}

	@Test
	void aCustomerInAHurryEarlierIsHighPriorityWhenTheyTapOperator() {
		this.chat.session.felt(null, "urgent words");
		TicketDesk.HandOff handOff = handedOver("asked", false);
		assertThat(handOff.priority()).isEqualTo(TicketPriority.HIGH);
		assertThat(handOff.tags()).contains("urgent");
		verify(this.conversations).postAsBot(any(), eq(new BotTexts(messages()).get("bot.handoff.angry", "en")),
				eq(List.of()), eq("m-1"));
	}

	@Test
	void anAngryCustomerWhoseClaimIsAboveTheLimitIsHighPriority() {
		this.chat.session.felt("threat", null);
		TicketDesk.HandOff handOff = handedOver("limit", false);
		assertThat(handOff.priority()).isEqualTo(TicketPriority.HIGH);
		assertThat(handOff.tags()).contains("angry", "handoff-limit");
		assertThat(handOff.summary()).containsKeys("ru", "uz", "en");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
