package io.yordam.phone;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.PlatformRole;
import io.yordam.conversations.Channel;
import io.yordam.support.YordamTest;
import io.yordam.tickets.TicketSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Asterisk adapter against a local fake AMI server speaking the protocol: it logs in
 * with events on; a call in the couriers' context, bridged to the agent at extension 1xx,
 * becomes a phone ticket of that agent with the call's end in its timeline; a call in the
 * customers' context sent to voicemail and hung up becomes a callback ticket; an event
 * seen twice (as after a reconnection) is taken once.
 */
@YordamTest
class AmiAdapterTests {

	static FakeAmiServer ami = new FakeAmiServer("yordam", "ami-secret");

	@DynamicPropertySource
	static void pbx(DynamicPropertyRegistry registry) {
		registry.add("yordam.phone.enabled", () -> "true");
		registry.add("yordam.phone.ami.host", () -> "127.0.0.1");
		registry.add("yordam.phone.ami.port", ami::port);
		registry.add("yordam.phone.ami.username", () -> "yordam");
		registry.add("yordam.phone.ami.password", () -> "ami-secret");
	}

	@AfterAll
	static void stop() throws Exception {
		ami.close();
	}

	@Autowired
	Operators operators;

	@Autowired
	PhoneExtensions extensions;

	@Autowired
	CallCards cards;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAnsweredCourierCallAndAMissedCallWithAVoicemailArriveThroughAmi() {
		await().atMost(Duration.ofSeconds(20)).until(ami::loggedIn);
		String extension = "1" + (System.nanoTime() % 10_000);
		OperatorPrincipal agent = agent(extension);
		String caller = "1700" + (System.nanoTime() % 100_000) + ".1";
		String leg = caller.replace(".1", ".2");
		String phone = "+99893" + String.format("%07d", System.nanoTime() % 10_000_000);

		ami.emit("Newchannel", "Channel", "PJSIP/trunk-00000001", "ChannelState", "4", "ChannelStateDesc", "Ring",
				"CallerIDNum", phone, "Context", "couriers", "Exten", "200", "Uniqueid", caller, "Linkedid", caller);
		ami.emit("Newchannel", "Channel", "PJSIP/" + extension + "-00000002", "CallerIDNum", extension, "Context",
				"from-internal", "Exten", extension, "Uniqueid", leg, "Linkedid", caller);
		ami.emit("BridgeEnter", "BridgeUniqueid", "b-1", "Channel", "PJSIP/" + extension + "-00000002", "CallerIDNum",
				extension, "Uniqueid", leg, "Linkedid", caller);
		ami.emit("BridgeEnter", "BridgeUniqueid", "b-1", "Channel", "PJSIP/" + extension + "-00000002", "CallerIDNum",
				extension, "Uniqueid", leg, "Linkedid", caller);
		ami.emit("Hangup", "Channel", "PJSIP/" + extension + "-00000002", "Uniqueid", leg, "Linkedid", caller, "Cause",
				"16");
		ami.emit("Hangup", "Channel", "PJSIP/trunk-00000001", "Uniqueid", caller, "Linkedid", caller, "Cause", "16",
				"CallerIDNum", phone);

		TicketSummary ticket = await().atMost(Duration.ofSeconds(15))
			.ignoreExceptions()
			.until(() -> this.cards.card("ami-" + caller).ticket(), t -> t != null && t.firstResponseAt() != null);
		assertThat(ticket.channel()).isEqualTo(Channel.PHONE);
		assertThat(ticket.requesterRole()).isEqualTo(PlatformRole.COURIER);
		assertThat(ticket.assigneeId()).isEqualTo(agent.id().value());
		assertThat(this.jdbc.queryForObject("select state from phone_calls where call_id = ?", String.class,
				"ami-" + caller))
			.isEqualTo("ENDED");
		assertThat(this.jdbc.queryForObject("select count(*) from phone_events where call_id = ?", Integer.class,
				"ami-" + caller))
			.as("ringing, answered once (the second BridgeEnter adds nothing), ended")
			.isEqualTo(3);

		String missed = "1800" + (System.nanoTime() % 100_000) + ".1";
		ami.emit("Newchannel", "Channel", "PJSIP/trunk-00000003", "CallerIDNum", phone.replace("+99893", "+99894"),
				"Context", "customers", "Exten", "100", "Uniqueid", missed, "Linkedid", missed);
		ami.emit("Newexten", "Channel", "PJSIP/trunk-00000003", "Context", "customers", "Extension", "100",
				"Application", "VoiceMail", "AppData", "100@default", "Uniqueid", missed, "Linkedid", missed);
		ami.emit("Hangup", "Channel", "PJSIP/trunk-00000003", "Uniqueid", missed, "Linkedid", missed, "Cause", "16");

		TicketSummary callback = await().atMost(Duration.ofSeconds(15))
			.ignoreExceptions()
			.until(() -> this.cards.card("ami-" + missed).callback(), t -> t != null);
		assertThat(callback.channel()).isEqualTo(Channel.CALLBACK);
		assertThat(this.jdbc.queryForObject("select state from phone_calls where call_id = ?", String.class,
				"ami-" + missed))
			.isEqualTo("VOICEMAIL");
	}

	private OperatorPrincipal agent(String extension) {
		String name = "ami-agent-" + UUID.randomUUID().toString().substring(0, 6);
		this.operators.register(name, "Kamola", "a-long-password-1", OperatorRole.AGENT, "ru");
		OperatorPrincipal agent = this.operators.find(name).orElseThrow();
		this.extensions.assign(agent.id(), extension);
		return agent;
	}

}
