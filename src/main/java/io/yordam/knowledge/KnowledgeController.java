package io.yordam.knowledge;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.yordam.access.OperatorPrincipal;
import io.yordam.access.Participant;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.common.InvalidInputException;
import io.yordam.common.RuleViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge base over HTTP: reading and searching are public (the app's FAQ, the
 * widget); editing is the admins' part of the agent API.
 */
@RestController
class KnowledgeController {

	private final KnowledgeBase knowledgeBase;

	private final PlatformTokens tokens;

	private final ArticleReads reads;

	KnowledgeController(KnowledgeBase knowledgeBase, PlatformTokens tokens, ArticleReads reads) {
		this.knowledgeBase = knowledgeBase;
		this.tokens = tokens;
		this.reads = reads;
	}

	@GetMapping("/api/v1/kb/search")
	@Operation(summary = "Published articles for a query, in the reader's language (ru, uz, en)")
	List<KnowledgeBase.Hit> search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "locale", defaultValue = "ru") String locale,
			@RequestParam(name = "limit", defaultValue = "5") int limit) {
		if (limit < 1 || limit > 20) {
			throw new InvalidInputException("limit", "range", "1 to 20");
		}
		List<KnowledgeBase.Hit> hits = this.knowledgeBase.search(q, locale, limit);
		if (hits.isEmpty()) {
			// The help centre's readers only: the bot and the agents' suggestions search
			// through the service, and the bot tells its own misses.
			this.knowledgeBase.searchMissed(q, locale);
		}
		return hits;
	}

	@GetMapping("/api/v1/kb/articles")
	List<ArticleView> all(@RequestParam(name = "locale", defaultValue = "ru") String locale) {
		return this.knowledgeBase.published(locale);
	}

	@GetMapping("/api/v1/kb/articles/{slug}")
	@Operation(summary = "A published article in the reader's language; each read is a view",
			description = "With the app's bearer token the view is the reader's (analytics decides from it whether "
					+ "the article spared a contact); without one, or with one not valid, the article is served all "
					+ "the same and the view is anonymous.")
	ArticleView read(@PathVariable String slug, @RequestParam(name = "locale", defaultValue = "ru") String locale,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		ArticleView article = this.knowledgeBase.read(slug, locale);
		this.reads.viewed(article, KnowledgeBase.locale(locale), reader(authorization).orElse(null));
		return article;
	}

	@PostMapping("/api/v1/kb/articles/{slug}/feedback")
	@Operation(summary = "Did this article help? One vote per reader (the app's bearer token) and article",
			description = "Voting again changes the vote; without a valid platform token: 401.")
	ArticleView feedback(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@Valid @RequestBody FeedbackRequest request) {
		return this.knowledgeBase.feedback(slug, request.helpful(), voter(authorization));
	}

	// Reading stays public; a vote counts only for a reader the platform vouches for, a
	// participant being their role and id.
	private String voter(String authorization) {
		return reader(authorization)
			.orElseThrow(() -> new RuleViolationException(401, "voter-required", "Sign in to the app to vote"))
			.key();
	}

	/** The reader the app's bearer token vouches for; none without a valid one. */
	private Optional<Participant> reader(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Optional.empty();
		}
		try {
			// A verified token's sub is 1 to 64 characters (access.PlatformClaims).
			return Optional
				.of(PlatformUser.from((Jwt) this.tokens.authenticate(authorization.substring(7).strip()).getPrincipal())
					.participant());
		}
		catch (AuthenticationException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@GetMapping("/api/v1/agent/kb/articles/{slug}")
	KnowledgeBase.Draft draft(@PathVariable String slug) {
		return this.knowledgeBase.draft(slug);
	}

	@PutMapping("/api/v1/agent/kb/articles/{slug}")
	@Operation(summary = "An admin creates an article or saves a new draft of it (readers see it once published)")
	KnowledgeBase.Draft save(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String slug,
			@Valid @RequestBody DraftRequest request) {
		return this.knowledgeBase.saveDraft(slug, request.category(), request.content(), operator);
	}

	@PostMapping("/api/v1/agent/kb/articles/{slug}/publication")
	ArticleView publish(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String slug) {
		return this.knowledgeBase.publish(slug, operator);
	}

	@PostMapping("/api/v1/agent/kb/articles/{slug}/archive")
	ArticleView archive(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable String slug) {
		return this.knowledgeBase.archive(slug, operator);
	}

	@GetMapping("/api/v1/agent/kb/articles/{slug}/history")
	List<KbRevision.RevisionView> history(@PathVariable String slug) {
		return this.knowledgeBase.history(slug);
	}

	record FeedbackRequest(@NotNull Boolean helpful) {
	}

	record DraftRequest(String category, ArticleContent content) {
	}

}
