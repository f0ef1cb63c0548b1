package io.yordam.echo;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * The floor every chat figure of issue 14 is reported beside: Yordam's customer chat
 * protocol (start a conversation, post a message with a clientMessageId over HTTP,
 * receive it on {@code /topic/conversations.<id>} over STOMP at {@code /ws}) with no
 * storage, no bot, no security and no ordering guarantees. Whatever the real chat costs
 * above this is the chat's own work.
 */
@SpringBootApplication
public class StompEcho {

	public static void main(String[] args) {
		SpringApplication.run(StompEcho.class, args);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSocketMessageBroker
	static class Stomp implements WebSocketMessageBrokerConfigurer {

		@Override
		public void registerStompEndpoints(StompEndpointRegistry registry) {
			registry.addEndpoint("/ws");
		}

		@Override
		public void configureMessageBroker(MessageBrokerRegistry registry) {
			// The same in-memory broker as one Yordam node.
			registry.enableSimpleBroker("/topic");
			registry.setApplicationDestinationPrefixes("/app");
		}

	}

	@RestController
	static class Echo {

		private final SimpMessagingTemplate broker;

		private final AtomicLong seq = new AtomicLong();

		Echo(SimpMessagingTemplate broker) {
			this.broker = broker;
		}

		@PostMapping("/api/v1/conversations")
		ResponseEntity<Map<String, Object>> start(@RequestBody Map<String, Object> request) {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(Map.of("id", UUID.randomUUID().toString(), "lastSeq", 0));
		}

		@PostMapping("/api/v1/conversations/{id}/messages")
		Map<String, Object> post(@PathVariable String id, @RequestBody Map<String, Object> request) {
			Map<String, Object> message = Map.of("id", UUID.randomUUID().toString(), "seq", this.seq.incrementAndGet(),
					"authorKind", "PARTICIPANT", "text", String.valueOf(request.get("text")), "clientMessageId",
					String.valueOf(request.get("clientMessageId")), "createdAt", Instant.now().toString());
			this.broker.convertAndSend("/topic/conversations." + id, (Object) Map.of("type", "message", "message", message));
			return message;
		}

	}

}
