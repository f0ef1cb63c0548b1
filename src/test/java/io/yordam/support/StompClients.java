package io.yordam.support;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;

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

	static final int FRAME_LIMIT = 1024 * 1024;

	private StompClients() {
	}

	public static WebSocketStompClient textClient() {
		// Tomcat's client closes the connection (1009, too big) on a text frame over 8 KB
		// unless told otherwise: the supervisors' board with its at-risk list is larger,
		// and a browser has no such limit.
		WebSocketContainer container = ContainerProvider.getWebSocketContainer();
		container.setDefaultMaxTextMessageBufferSize(FRAME_LIMIT);
		WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient(container));
		client.setInboundMessageSizeLimit(FRAME_LIMIT);
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
