package io.yordam.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.yordam.access.OperatorId;
import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.access.Staff;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The demo's support team, created on first start, and the banner that tells whoever
 * started the demo where to go and how to log in.
 */
final class DemoOperators {

	private static final Logger log = LoggerFactory.getLogger(DemoOperators.class);

	/** One password for every demo login: the demo runs on a developer's machine. */
	static final String PASSWORD = "yordam-demo";

	static final List<Member> TEAM = List.of(new Member("agent", "Dilnoza Yusupova", OperatorRole.AGENT, "uz"),
			new Member("agent2", "Sergey Kim", OperatorRole.AGENT, "ru"),
			new Member("supervisor", "Timur Rakhimov", OperatorRole.SUPERVISOR, "ru"),
			new Member("admin", "Madina Alieva", OperatorRole.ADMIN, "en"));

	/**
	 * The supervisor's mailbox on the demo's mail server: the weekly report goes there.
	 */
	static final String SUPERVISOR_EMAIL = "supervisor@tezkor.demo";

	private final Operators operators;

	private final Staff staff;

	private final YordamClient yordam;

	DemoOperators(Operators operators, Staff staff, YordamClient yordam) {
		this.operators = operators;
		this.staff = staff;
		this.yordam = yordam;
	}

	@EventListener(ApplicationReadyEvent.class)
	void welcome() {
		try {
			TEAM.forEach(this::ensure);
			giveTheSupervisorAMailbox();
			printBanner();
		}
		catch (RuntimeException ex) {
			// The demo must never keep the application itself from starting.
			log.warn("Could not set up the demo operators", ex);
		}
	}

	private void printBanner() {
		OperatorId agent = this.operators.find("agent")
			.orElseThrow(() -> new IllegalStateException("the demo agent was just created"))
			.id();
		// Only a hash is stored, so the token printed is a new one on every start.
		String token = this.operators.issueApiToken(agent, "demo");
		String url = this.yordam.baseUrl().orElse("http://localhost:<port>");
		log.info("""

				============================== Yordam demo ==============================
				  Agent workspace   {}   (log in at {}/login)
				  Logins            agent, agent2 (agents), supervisor, admin
				  Password          {}
				  Demo customer app {}/demo/app
				  Agent API token   {}   (Authorization: Bearer ..., user 'agent')
				  Set yordam.demo.enabled=false (YORDAM_DEMO=false) to turn the demo off.
				=========================================================================""", url, url, PASSWORD, url,
				token);
	}

	private void ensure(Member member) {
		if (this.operators.find(member.username()).isEmpty()) {
			this.operators.register(member.username(), member.name(), PASSWORD, member.role(), member.locale());
		}
	}

	/** Set once, by the demo's admin, as an admin would: a later change stands. */
	private void giveTheSupervisorAMailbox() {
		var admin = this.operators.find("admin").orElseThrow();
		this.staff.list(admin)
			.stream()
			.filter(member -> member.username().equals("supervisor") && member.email() == null)
			.findFirst()
			.ifPresent(supervisor -> this.staff.changeEmail(supervisor.id(), SUPERVISOR_EMAIL, admin));
	}

	record Member(String username, String name, OperatorRole role, String locale) {
	}

}
