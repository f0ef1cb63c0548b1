package io.yordam.support;

import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A STOMP client for tests and the harness: frames arrive as application/json and are
 * read as text.
 */
public final class StompClients {

	private StompClients() {
	}

	public static WebSocketStompClient textClient() {
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
		client.setMessageConverter(new StringMessageConverter() {
			@Override
			protected boolean supportsMimeType(MessageHeaders headers) {
				return true;
			}
		});
		// Receipts (RabbitMQ confirms subscriptions with them) are timed by a scheduler.
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setDaemon(true);
		scheduler.initialize();
		client.setTaskScheduler(scheduler);
		return client;
	}

}
