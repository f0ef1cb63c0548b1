package io.yordam.realtime;

import java.util.List;

import io.yordam.access.PlatformTokens;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over a plain WebSocket at {@code /ws}, with the in-memory broker for one node.
 * Destinations use dots ({@code /topic/conversations.<id>}) so that the same names work
 * on RabbitMQ's relay.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@EnableConfigurationProperties(RelayProperties.class)
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

	private final PlatformTokens tokens;

	private final List<TopicGuard> guards;

	private final RelayProperties relay;

	WebSocketConfiguration(@Lazy PlatformTokens tokens, @Lazy List<TopicGuard> guards, RelayProperties relay) {
		this.tokens = tokens;
		this.guards = guards;
		this.relay = relay;
	}

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		registry.addEndpoint("/ws");
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		if (this.relay.enabled()) {
			registry.enableStompBrokerRelay("/topic")
				.setRelayHost(this.relay.host())
				.setRelayPort(this.relay.port())
				.setClientLogin(this.relay.login())
				.setClientPasscode(this.relay.passcode())
				.setSystemLogin(this.relay.login())
				.setSystemPasscode(this.relay.passcode())
				.setVirtualHost(this.relay.virtualHost());
		}
		else {
			registry.enableSimpleBroker("/topic")
				.setHeartbeatValue(new long[] { 10000, 10000 })
				.setTaskScheduler(heartbeatScheduler());
		}
		registry.setApplicationDestinationPrefixes("/app");
	}

	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		registration.interceptors(new StompAuthorization(this.tokens, this.guards));
	}

	private static org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler heartbeatScheduler() {
		var scheduler = new org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("stomp-heartbeat-");
		scheduler.initialize();
		return scheduler;
	}

}
