package io.yordam.bot;

import io.yordam.conversations.ConversationView;
import io.yordam.orders.Orders;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/** Opens a turn on a conversation the bot has something to answer in. */
@Component
class Turns {

	private final Orders orders;

	private final BotVoice voice;

	private final ObjectMapper mapper;

	Turns(Orders orders, BotVoice voice, ObjectMapper mapper) {
		this.orders = orders;
		this.voice = voice;
		this.mapper = mapper;
	}

	Turn open(BotSession session, ConversationView chat) {
		return new Turn(session, chat.orderId(), new OrderContext(this.orders, session.customerId()), this.voice,
				this.mapper);
	}

}
