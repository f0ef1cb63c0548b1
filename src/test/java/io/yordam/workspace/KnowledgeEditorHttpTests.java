package io.yordam.workspace;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.yordam.access.OperatorRole;
import io.yordam.access.Operators;
import io.yordam.support.Http;
import io.yordam.support.OperatorSession;
import io.yordam.support.YordamTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base editor: the article's title is its heading, each language's text is
 * previewed as its readers will see it (escaped: what an editor types never runs as
 * markup), and only admins use it.
 */
@YordamTest
class KnowledgeEditorHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Operators operators;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	OperatorSession signedIn(OperatorRole role, String locale) {
		String username = "kb-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.operators.register(username, "Editor", "a-long-password", role, locale);
		OperatorSession session = OperatorSession.open(this.http);
		session.login(username, "a-long-password");
		return session;
	}

	static String form(String lang, String title, String body) {
		return lang + ".title=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&" + lang + ".body="
				+ URLEncoder.encode(body, StandardCharsets.UTF_8);
	}

	@Test
	void theHeadingIsTheArticlesTitleInTheEditorsLanguage() {
		OperatorSession admin = signedIn(OperatorRole.ADMIN, "en");
		String en = admin.get("/agent/kb/delivery-fee?lang=en").text();
		assertThat(en).contains("data-testid=\"kb-heading\">How much delivery costs</h1>");
		assertThat(en).contains("<title>How much delivery costs · Yordam</title>");
		assertThat(admin.get("/agent/kb/delivery-fee?lang=uz").text())
			.contains("data-testid=\"kb-heading\">Yetkazib berish qancha turadi</h1>");
		assertThat(admin.get("/agent/kb/new?lang=ru").text()).contains("data-testid=\"kb-heading\">Новая статья</h1>");
		assertThat(admin.get("/agent/kb?lang=uz").text()).contains("Yetkazib berish qancha turadi");
	}

	@Test
	void thePreviewShowsParagraphsAsPlainEscapedText() {
		OperatorSession admin = signedIn(OperatorRole.ADMIN, "ru");
		Http.Response preview = admin.post("/agent/kb/preview?language=uz",
				form("uz", "<b>Sarlavha</b>", "Birinchi <script>alert(1)</script>\n\n\nIkkinchi\nqator"));
		assertThat(preview.status()).isEqualTo(200);
		// Previewing the Uzbek text leaves the admin's own language alone (a `lang`
		// parameter would have switched the whole workspace).
		assertThat(String.valueOf(preview.header("Set-Cookie"))).doesNotContain("yordam-lang");
		String html = preview.text();
		assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>Sarlavha");
		assertThat(html).contains("&lt;b&gt;Sarlavha&lt;/b&gt;")
			.contains("Birinchi &lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(html.split("data-testid=\"article-rendered-paragraph\"", -1)).hasSize(3);
		assertThat(html).contains("Ikkinchi\nqator");
		assertThat(admin.post("/agent/kb/preview?language=en", form("en", "", "")).text())
			.contains("data-testid=\"article-rendered-empty\"");
		assertThat(admin.post("/agent/kb/preview?language=fr", form("fr", "x", "y")).status()).isEqualTo(400);
	}

	@Test
	void aSavedArticleKeepsItsParagraphsAsTheyAreShown() {
		OperatorSession admin = signedIn(OperatorRole.ADMIN, "ru");
		String slug = "kb-editor-" + UUID.randomUUID().toString().substring(0, 6);
		Http.Response saved = admin.post("/agent/kb", "creating=1&slug=" + slug + "&category=GENERAL&"
				+ form("ru", "  Заголовок  ", "Первый абзац.  \r\n\r\n\r\n\r\nВторой\u200B абзац.") + "&publish=1");
		assertThat(saved.status()).isEqualTo(302);
		String body = this.http.get("/api/v1/kb/articles/" + slug + "?locale=ru").send().json().path("body").asString();
		assertThat(body).isEqualTo("Первый абзац.\n\nВторой абзац.");
		// An English-speaking admin opens it: headed by the title it has, on the tab of
		// its
		// text.
		String page = admin.get("/agent/kb/" + slug + "?lang=en").text();
		assertThat(page).contains("data-testid=\"kb-heading\">Заголовок</h1>");
		assertThat(section(page, "ru")).doesNotContain("hidden");
		assertThat(section(page, "en")).contains("hidden");
	}

	/** The opening tag of a language's pane. */
	private static String section(String page, String lang) {
		int at = page.indexOf("data-testid=\"kb-pane-" + lang + "\"");
		return page.substring(page.lastIndexOf("<section", at), page.indexOf(">", at));
	}

	@Test
	void onlyAnAdminPreviewsAndEdits() {
		OperatorSession agent = signedIn(OperatorRole.AGENT, "ru");
		assertThat(agent.post("/agent/kb/preview?language=ru", form("ru", "x", "y")).status()).isEqualTo(403);
		assertThat(agent.get("/agent/kb/delivery-fee").status()).isEqualTo(403);
		OperatorSession supervisor = signedIn(OperatorRole.SUPERVISOR, "ru");
		assertThat(supervisor.post("/agent/kb/preview?language=ru", form("ru", "x", "y")).status()).isEqualTo(403);
		assertThat(this.http.postRaw("/agent/kb/preview?language=ru", "ru.title=x".getBytes())
			.contentType("application/x-www-form-urlencoded")
			.send()
			.status()).isIn(302, 403);
	}

}
