package io.yordam.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading, searching and editing the knowledge base. Readers only ever see published
 * text; an editor saves drafts and publishes them, each step a revision.
 */
@Service
public class KnowledgeBase {

	static final Set<String> CATEGORIES = Set.of("GENERAL", "DELIVERY", "ORDERS", "PAYMENT", "PROMO", "INCIDENTS");

	/** A draft's stored size (its column and its revisions'). */
	private static final int MAX_DRAFT = 30_000;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final KbArticleRepository articles;

	private final KbRevisionRepository revisions;

	private final ObjectMapper mapper;

	private final Clock clock;

	private final KbVoteRepository votes;

	private final ArticleSearch search;

	private final ApplicationEventPublisher events;

	KnowledgeBase(KbArticleRepository articles, KbRevisionRepository revisions, ObjectMapper mapper, Clock clock,
			KbVoteRepository votes, ArticleSearch search, ApplicationEventPublisher events) {
		this.votes = votes;
		this.search = search;
		this.events = events;
		this.articles = articles;
		this.revisions = revisions;
		this.mapper = mapper;
		this.clock = clock;
	}

	/**
	 * A published article that matched, in the reader's language, with the start of its
	 * text.
	 */
	public record Hit(String slug, String category, String title, String excerpt) {
	}

	/**
	 * Published articles for a query: the reader's language first, but any language's
	 * text may match (Uzbek in either script, typos, Russian word forms).
	 */
	@Transactional(readOnly = true)
	public List<Hit> search(String query, String locale, int limit) {
		String q = (query == null) ? "" : query.strip();
		if (q.length() < 2 || q.length() > 200) {
			throw new InvalidInputException("q", "length", "Search for 2 to 200 characters");
		}
		return this.search.search(q, locale(locale), limit);
	}

	/**
	 * A reader's search that found nothing, told in a transaction of its own so that the
	 * event is recorded and delivered after it commits.
	 */
	@Transactional
	public void searchMissed(String query, String locale) {
		this.events.publishEvent(new KnowledgeSearchMissed(java.util.UUID.randomUUID(), query.strip(), locale(locale),
				this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public ArticleView read(String slug, String locale) {
		return find(slug, locale).orElseThrow(() -> new NotFoundException("article"));
	}

	/** A published article, or empty (a draft, archived, or no such article). */
	@Transactional(readOnly = true)
	public java.util.Optional<ArticleView> find(String slug, String locale) {
		return publishedArticle(slug).map(a -> a.view(locale(locale)));
	}

	@Transactional(readOnly = true)
	public List<ArticleView> published(String locale) {
		return this.articles.findByStatusOrderBySlug("PUBLISHED").stream().map(a -> a.view(locale(locale))).toList();
	}

	/**
	 * "Did this help?" from a caller that must not fail on an article archived meanwhile
	 * (the bot): counted if it is still published.
	 */
	@Transactional
	public boolean feedbackIfPublished(String slug, boolean helpful) {
		return publishedArticle(slug).map(article -> {
			article.feedback(helpful);
			return true;
		}).orElse(false);
	}

	/**
	 * "Did this help?" from a reader (a participant, role and id): one vote each per
	 * article; voting again changes the vote. The article is locked while its votes are
	 * counted, so parallel identical votes count once.
	 */
	@Transactional
	public ArticleView feedback(String slug, boolean helpful, String voter) {
		KbArticle article = this.articles.lockBySlug(slug)
			.filter(KbArticle::isPublished)
			.orElseThrow(() -> new NotFoundException("article"));
		java.time.Instant now = this.clock.instant();
		KbVote vote = this.votes.findById(new KbVote.Key(article.id(), voter)).orElse(null);
		if (vote == null) {
			this.votes.save(new KbVote(article.id(), voter, helpful, now));
			article.feedback(helpful);
		}
		else if (vote.helpful() != helpful) {
			vote.change(helpful, now);
			article.feedbackChanged(helpful);
		}
		return article.view("ru");
	}

	private java.util.Optional<KbArticle> publishedArticle(String slug) {
		return this.articles.findBySlug(slug).filter(KbArticle::isPublished);
	}

	// --- editing

	/** Creates an article as a draft, or saves a new draft of an existing one. */
	@Transactional
	public Draft saveDraft(String slug, String category, ArticleContent content, OperatorPrincipal editor) {
		editor.require(StaffAction.EDIT_KNOWLEDGE_BASE);
		return saveDraft(slug, category, content, editor.displayName());
	}

	@Transactional
	public ArticleView publish(String slug, OperatorPrincipal editor) {
		editor.require(StaffAction.EDIT_KNOWLEDGE_BASE);
		return publish(slug, editor.displayName());
	}

	@Transactional
	public ArticleView archive(String slug, OperatorPrincipal editor) {
		editor.require(StaffAction.EDIT_KNOWLEDGE_BASE);
		return archive(slug, editor.displayName());
	}

	/** The seed's edits, by name (no operator behind them). */
	@Transactional
	Draft saveDraft(String slug, String category, ArticleContent written, String editor) {
		ArticleContent content = (written != null) ? written.normalized() : null;
		validate(slug, category, content);
		String json = this.mapper.writeValueAsString(content);
		if (json.length() > MAX_DRAFT) {
			// Each text is bounded, but three of them, escaped, can still outgrow the
			// draft.
			throw new InvalidInputException("content", "length",
					"The texts together are too long (at most " + MAX_DRAFT + " characters as stored)");
		}
		KbArticle article = this.articles.findBySlug(slug).orElse(null);
		if (article == null) {
			article = this.articles.save(new KbArticle(slug, category, json, this.clock.instant()));
		}
		else {
			article.saveDraft(category, json, this.clock.instant());
		}
		revise(article, "draft", json, editor);
		return draftOf(article);
	}

	@Transactional
	ArticleView publish(String slug, String editor) {
		KbArticle article = this.articles.findBySlug(slug).orElseThrow(() -> new NotFoundException("article"));
		if (article.draft() == null) {
			throw RuleViolationException.conflict("nothing-to-publish", "The article has no draft to publish");
		}
		String json = article.draft();
		article.publish(this.mapper.readValue(json, ArticleContent.class), this.clock.instant());
		revise(article, "published", json, editor);
		return article.view("ru");
	}

	@Transactional
	ArticleView archive(String slug, String editor) {
		KbArticle article = this.articles.findBySlug(slug).orElseThrow(() -> new NotFoundException("article"));
		article.archive(this.clock.instant());
		revise(article, "archived", this.mapper.writeValueAsString(article.published()), editor);
		return article.view("ru");
	}

	@Transactional(readOnly = true)
	public Draft draft(String slug) {
		return draftOf(this.articles.findBySlug(slug).orElseThrow(() -> new NotFoundException("article")));
	}

	@Transactional(readOnly = true)
	public List<KbRevision.RevisionView> history(String slug) {
		KbArticle article = this.articles.findBySlug(slug).orElseThrow(() -> new NotFoundException("article"));
		return this.revisions.findByArticleIdOrderByRevisionDesc(article.id()).stream().map(KbRevision::view).toList();
	}

	/** Every article, in any state, for the editor's list. */
	@Transactional(readOnly = true)
	public List<Entry> catalogue() {
		return catalogue("ru");
	}

	/** Every article, in any state, titled in the reader's language where it has one. */
	@Transactional(readOnly = true)
	public List<Entry> catalogue(String locale) {
		return this.articles.findAll(org.springframework.data.domain.Sort.by("slug")).stream().map(a -> {
			Draft draft = draftOf(a);
			ArticleContent.Text text = draft.content().in(locale(locale));
			ArticleView view = a.view("ru");
			return new Entry(a.slug(), a.category(), a.status(), draft.unpublished(), text.title(), view.helpfulYes(),
					view.helpfulNo(), view.updatedAt());
		}).toList();
	}

	/** A line of the editor's list. */
	public record Entry(String slug, String category, String status, boolean unpublishedDraft, String title,
			int helpfulYes, int helpfulNo, java.time.Instant updatedAt) {
	}

	public static java.util.SortedSet<String> categories() {
		return new java.util.TreeSet<>(CATEGORIES);
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.articles.count();
	}

	/** What an editor works on: the draft if there is one, else the published text. */
	public record Draft(String slug, String category, String status, ArticleContent content, boolean unpublished) {
	}

	private Draft draftOf(KbArticle article) {
		ArticleContent content = (article.draft() != null)
				? this.mapper.readValue(article.draft(), ArticleContent.class) : article.published();
		return new Draft(article.slug(), article.category(), article.status(), content, article.draft() != null);
	}

	private void revise(KbArticle article, String action, String snapshot, String editor) {
		this.events.publishEvent(new ArticleSearch.ArticlesChanged(article.slug()));
		this.revisions.save(new KbRevision(article.id(), this.revisions.lastRevision(article.id()) + 1, action,
				snapshot, editor, this.clock.instant()));
	}

	private static void validate(String slug, String category, ArticleContent content) {
		List<InvalidInputException.Violation> bad = new ArrayList<>();
		if (slug == null || slug.length() > 80 || !SLUG.matcher(slug).matches()) {
			bad.add(new InvalidInputException.Violation("slug", "slug", "Lowercase letters, digits and dashes"));
		}
		if (category == null || !CATEGORIES.contains(category)) {
			bad.add(new InvalidInputException.Violation("category", "category", "One of " + CATEGORIES));
		}
		if (content == null || (content.ru() == null && content.uz() == null && content.en() == null)) {
			bad.add(new InvalidInputException.Violation("content", "required", "Text in at least one language"));
		}
		else {
			text(bad, "content.ru", content.ru());
			text(bad, "content.uz", content.uz());
			text(bad, "content.en", content.en());
		}
		if (!bad.isEmpty()) {
			throw new InvalidInputException(bad);
		}
	}

	private static void text(List<InvalidInputException.Violation> bad, String field, ArticleContent.Text text) {
		if (text == null) {
			return;
		}
		if (text.title() == null || text.title().isBlank() || text.title().length() > 200) {
			bad.add(new InvalidInputException.Violation(field + ".title", "length", "1 to 200 characters"));
		}
		if (text.body() == null || text.body().isBlank() || text.body().length() > 8000) {
			bad.add(new InvalidInputException.Violation(field + ".body", "length", "1 to 8000 characters"));
		}
	}

	static String locale(String locale) {
		return ("uz".equals(locale) || "en".equals(locale)) ? locale : "ru";
	}

	/** Whether an article has this address, in any state. */
	@Transactional(readOnly = true)
	boolean exists(String slug) {
		return this.articles.findBySlug(slug).isPresent();
	}

}
