package io.yordam.realtime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * RabbitMQ's STOMP plugin as the broker, for several nodes: every node relays its
 * clients' subscriptions there, so a message published on one node reaches clients
 * connected to another.
 */
@ConfigurationProperties("yordam.realtime.relay")
record RelayProperties(@DefaultValue("false") boolean enabled, @DefaultValue("127.0.0.1") String host,
		@DefaultValue("61613") int port, @DefaultValue("guest") String login, @DefaultValue("guest") String passcode,
		@DefaultValue("/") String virtualHost) {
}
