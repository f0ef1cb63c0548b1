package io.yordam.phone;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.simp.SimpMessagingTemplate;

import io.yordam.access.Operators;
import io.yordam.common.ConflictRetry;
import io.yordam.conversations.ChannelConversations;
import io.yordam.conversations.Conversations;
import io.yordam.customers.Customers;
import io.yordam.orders.Orders;
import io.yordam.routing.AgentRoster;
import io.yordam.tickets.TicketDesk;

/**
 * The phone channel's parts, all or none: with {@code yordam.phone.enabled} off nothing
 * of it exists (no webhook, no listener, no topic).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("yordam.phone.enabled")
@EnableConfigurationProperties(PhoneProperties.class)
class PhoneConfiguration {

	@Bean
	PhoneCalls phoneCalls(JdbcClient jdbc, Clock clock) {
		return new PhoneCalls(jdbc, clock);
	}

	@Bean
	Callers callers(Orders orders, Customers customers, JdbcClient jdbc, Clock clock) {
		return new Callers(orders, customers, jdbc, clock);
	}

	@Bean
	Extensions extensions(JdbcClient jdbc) {
		return new Extensions(jdbc);
	}

	@Bean
	OpenTickets openTickets(Customers customers, TicketDesk desk) {
		return new OpenTickets(customers, desk);
	}

	@Bean
	CallConversations callConversations(ChannelConversations channels, Conversations conversations,
			OpenTickets openTickets, Operators operators, MessageSource messages) {
		return new CallConversations(channels, conversations, openTickets, operators, messages);
	}

	@Bean
	CallIntake callIntake(PhoneCalls calls, Callers callers, Extensions extensions, CallConversations conversations,
			ApplicationEventPublisher events, Clock clock) {
		return new CallIntake(calls, callers, extensions, conversations, events, clock);
	}

	@Bean
	CallPopups callPopups(SimpMessagingTemplate broker, AgentRoster roster, PhoneCalls calls) {
		return new CallPopups(broker, roster, calls);
	}

	@Bean
	ActiveOrders activeOrders(Orders orders) {
		return new ActiveOrders(orders);
	}

	@Bean
	CallTicketing callTicketing(PhoneCalls calls, TicketDesk desk, Operators operators, CallPopups popups,
			ConflictRetry retry, ActiveOrders orders) {
		return new CallTicketing(calls, desk, operators, popups, retry, orders);
	}

	@Bean
	CallCards callCards(PhoneCalls calls, ActiveOrders orders, Customers customers, TicketDesk desk,
			OpenTickets openTickets) {
		return new CallCards(calls, orders, customers, desk, openTickets);
	}

	@Bean
	CallbackCalls callbackCalls(TicketDesk desk, Conversations conversations, MessageSource messages) {
		return new CallbackCalls(desk, conversations, messages);
	}

	/** Asterisk's Manager Interface, when a host is given. */
	@Configuration(proxyBeanMethods = false)
	@org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("!'${yordam.phone.ami.host:}'.isBlank()")
	static class Ami {

		@Bean
		AmiCalls amiCalls(PhoneProperties properties, Clock clock) {
			return new AmiCalls(properties.ami(), clock);
		}

		@Bean
		AmiAdapter amiAdapter(PhoneProperties properties, AmiCalls calls, CallIntake intake, ConflictRetry retry,
				io.micrometer.core.instrument.MeterRegistry meters) {
			return new AmiAdapter(properties.ami(), calls, intake, retry, meters);
		}

	}

}
