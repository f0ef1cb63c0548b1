package io.yordam.incidents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the playbook settings' history shows what each version changed and brings an
 * earlier version back (a new version, with who and why); every change says why, or is
 * refused naming the field {@code reason}; only admins change them, through either door.
 */
@YordamTest
class PlaybookSettingsHistoryHttpTests {

	private static final JsonMapper JSON = JsonMapper.shared();

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	Http http;

	String admin;

	String agent;

	String supervisor;

	JsonNode before;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.admin = token(OperatorRole.ADMIN);
		this.agent = token(OperatorRole.AGENT);
		this.supervisor = token(OperatorRole.SUPERVISOR);
		this.before = current();
	}

	@AfterEach
	void restore() {
		// Other tests of this application read the settings: leave them as they were.
		JsonNode now = current();
		if (!now.path("settings").equals(this.before.path("settings"))) {
			assertThat(put(Map.of("basedOn", now.path("version").asInt(), "settings", settings(this.before), "reason",
					"tests: restore"))
				.status()).isEqualTo(200);
		}
	}

	String token(OperatorRole role) {
		var id = this.operators.register(role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8),
				"Editor", "a-long-password", role, "ru");
		return this.operators.issueApiToken(id, "tests");
	}

	String session(OperatorRole role) {
		String username = "s-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(username, "Page " + role, "a-long-password", role, "ru");
		return username;
	}

	JsonNode current() {
		return this.http.get("/api/v1/agent/playbook-settings").bearer(this.admin).send().json();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> settings(JsonNode versioned) {
		return JSON.convertValue(versioned.path("settings"), Map.class);
	}

	Http.Response put(Map<String, Object> body) {
		return this.http.put("/api/v1/agent/playbook-settings", body).bearer(this.admin).send();
	}

	/** The current settings with the first bracket's amount changed. */
	@SuppressWarnings("unchecked")
	Map<String, Object> withFirstBracket(JsonNode versioned, long amount) {
		Map<String, Object> settings = settings(versioned);
		List<Map<String, Object>> brackets = new ArrayList<>((List<Map<String, Object>>) settings.get("lateBrackets"));
		Map<String, Object> first = new java.util.HashMap<>(brackets.get(0));
		first.put("amount", amount);
		brackets.set(0, first);
		settings.put("lateBrackets", brackets);
		return settings;
	}

	@Test
	void aChangeWithoutAReasonIsRefusedNamingTheReason() {
		int version = this.before.path("version").asInt();
		Map<String, Object> changed = withFirstBracket(this.before, 11_000);
		for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("basedOn", version, "settings", changed),
				Map.of("basedOn", version, "settings", changed, "reason", "   "),
				Map.of("basedOn", version, "settings", changed, "reason", "r".repeat(501)))) {
			Http.Response refused = put(body);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.json().path("type").asString()).isNotBlank();
			assertThat(refused.problemFields()).as(refused.toString()).containsExactly("reason");
		}
		// With a bad field too, both are named.
		Map<String, Object> bad = withFirstBracket(this.before, -5);
		assertThat(put(Map.of("basedOn", version, "settings", bad)).problemFields()).contains("reason");
		assertThat(current().path("version").asInt()).isEqualTo(version);
		// The reason's former name still says why.
		Http.Response saved = put(Map.of("basedOn", version, "settings", changed, "comment", "winter"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().path("comment").asString()).isEqualTo("winter");
	}

	@Test
	void aVersionShowsWhatItChangedAndAnEarlierOneComesBackAsANewVersion() {
		int original = this.before.path("version").asInt();
		long amount = this.before.path("settings").path("lateBrackets").path(0).path("amount").asLong();
		Http.Response saved = put(Map.of("basedOn", original, "settings", withFirstBracket(this.before, amount + 1000),
				"reason", "Winter: first bracket up"));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		int winter = saved.json().path("version").asInt();

		JsonNode changes = this.http.get("/api/v1/agent/playbook-settings/versions/" + winter + "/changes")
			.bearer(this.agent)
			.send()
			.json();
		assertThat(changes.size()).isEqualTo(1);
		assertThat(changes.path(0).path("field").asString()).isEqualTo("lateBrackets[0].amount");
		assertThat(changes.path(0).path("before").asLong()).isEqualTo(amount);
		assertThat(changes.path(0).path("after").asLong()).isEqualTo(amount + 1000);

		String revert = "/api/v1/agent/playbook-settings/versions/" + original + "/revert";
		Http.Response noReason = this.http.post(revert, Map.of("basedOn", winter)).bearer(this.admin).send();
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.problemFields()).containsExactly("reason");
		Http.Response stale = this.http.post(revert, Map.of("basedOn", original, "reason", "too late"))
			.bearer(this.admin)
			.send();
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().path("rule").asString()).isEqualTo("settings-changed");
		assertThat(this.http
			.post("/api/v1/agent/playbook-settings/versions/99999/revert",
					Map.of("basedOn", winter, "reason", "no such"))
			.bearer(this.admin)
			.send()
			.status()).isEqualTo(404);
		Http.Response same = this.http
			.post("/api/v1/agent/playbook-settings/versions/" + winter + "/revert",
					Map.of("basedOn", winter, "reason", "already"))
			.bearer(this.admin)
			.send();
		assertThat(same.status()).isEqualTo(409);
		assertThat(same.json().path("rule").asString()).isEqualTo("already-current");

		Http.Response back = this.http.post(revert, Map.of("basedOn", winter, "reason", "Complaints: back to before"))
			.bearer(this.admin)
			.send();
		assertThat(back.status()).as(back.toString()).isEqualTo(200);
		assertThat(back.json().path("version").asInt()).isEqualTo(winter + 1);
		assertThat(back.json().path("revertedTo").asInt()).isEqualTo(original);
		assertThat(back.json().path("comment").asString()).isEqualTo("Complaints: back to before");
		assertThat(back.json().path("editedBy").asString()).isEqualTo("Editor");
		assertThat(current().path("settings")).isEqualTo(this.before.path("settings"));
		JsonNode history = this.http.get("/api/v1/agent/playbook-settings/history").bearer(this.admin).send().json();
		assertThat(history.path(0).path("revertedTo").asInt()).isEqualTo(original);
		assertThat(history.path(1).path("version").asInt()).isEqualTo(winter);
	}

	@Test
	void onlyAnAdminRevertsThroughEitherDoor() {
		int version = this.before.path("version").asInt();
		String revert = "/api/v1/agent/playbook-settings/versions/0/revert";
		for (String token : List.of(this.agent, this.supervisor)) {
			for (String body : List.of("{\"basedOn\": \"x\"", "{}",
					"{\"basedOn\": " + version + ", \"reason\": \"mine\"}")) {
				Http.Response refused = this.http.postRaw(revert, body.getBytes(StandardCharsets.UTF_8))
					.contentType("application/json")
					.bearer(token)
					.send();
				assertThat(refused.status()).as(body).isEqualTo(403);
			}
		}
		OperatorSession supervisorPage = OperatorSession.open(this.http);
		supervisorPage.login(session(OperatorRole.SUPERVISOR), "a-long-password");
		assertThat(supervisorPage
			.post("/agent/settings/playbooks/versions/0/revert", "basedOn=" + version + "&reason=mine")
			.status()).isEqualTo(403);
		assertThat(current().path("version").asInt()).isEqualTo(version);

		OperatorSession adminPage = OperatorSession.open(this.http);
		adminPage.login(session(OperatorRole.ADMIN), "a-long-password");
		Http.Response byAdmin = adminPage.post("/agent/settings/playbooks/versions/0/revert",
				"basedOn=" + version + "&reason=" + URLEncoder.encode("Back to the defaults", StandardCharsets.UTF_8));
		if (version == 0) {
			// Nobody has edited them: the defaults are the current version.
			assertThat(byAdmin.status()).isEqualTo(200);
			assertThat(byAdmin.text()).contains("data-testid=\"revert-error\"");
		}
		else {
			assertThat(byAdmin.status()).isEqualTo(302);
			assertThat(byAdmin.header("Location")).contains("/agent/settings/playbooks?reverted=0");
			assertThat(current().path("revertedTo").asInt()).isEqualTo(0);
		}
	}

	@Test
	void theSettingsPageRefusesAChangeWithoutAReasonInTheAdminsLanguage() {
		OperatorSession page = OperatorSession.open(this.http);
		page.login(session(OperatorRole.ADMIN), "a-long-password");
		JsonNode s = this.before.path("settings");
		StringBuilder form = new StringBuilder("basedOn=" + this.before.path("version").asInt());
		for (int i = 0; i < s.path("lateBrackets").size(); i++) {
			form.append("&bracket")
				.append(i)
				.append("Minutes=")
				.append(s.path("lateBrackets").path(i).path("minutesLate").asInt());
			form.append("&bracket")
				.append(i)
				.append("Amount=")
				.append(s.path("lateBrackets").path(i).path("amount").asLong() + 500);
		}
		form.append("&damagedKeepPercent=").append(s.path("damagedKeepPercent").asInt());
		for (String field : List.of("damagedRedeliveryCompensation", "wrongOrderCompensation",
				"foodQualityCompensation")) {
			form.append('&').append(field).append('=').append(s.path(field).asLong());
		}
		for (String role : List.of("AGENT", "SUPERVISOR", "ADMIN", "BOT")) {
			form.append("&limit")
				.append(role)
				.append("PerAction=")
				.append(s.path("limits").path(role).path("perAction").asLong());
			form.append("&limit")
				.append(role)
				.append("PerShift=")
				.append(s.path("limits").path(role).path("perShift").asLong());
		}
		form.append("&shiftHours=").append(s.path("shiftHours").asInt());
		form.append("&abuseClaims=").append(s.path("abuse").path("claimsIn30Days").asInt());
		form.append("&abuseClaimsPerOrder=").append(s.path("abuse").path("claimsPerOrder").asInt());
		form.append("&abuseCompensated=").append(s.path("abuse").path("compensatedIn30Days").asLong());

		Http.Response refused = page.post("/agent/settings/playbooks?lang=ru", form + "&reason=");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("data-field=\"reason\"").contains("Укажите причину");
		assertThat(current().path("version").asInt()).isEqualTo(this.before.path("version").asInt());

		Http.Response saved = page.post("/agent/settings/playbooks?lang=uz",
				form + "&reason=" + URLEncoder.encode("Qish: chegaralar oshdi", StandardCharsets.UTF_8));
		assertThat(saved.status()).isEqualTo(302);
		Http.Response history = page.get("/agent/settings/playbooks?lang=uz");
		assertThat(history.text()).contains("Qish: chegaralar oshdi")
			.contains("data-testid=\"settings-diff-row\"")
			.contains("Kechikish, 1-chegara: summa");
	}

}
