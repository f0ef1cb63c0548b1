package io.yordam.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;
import io.yordam.knowledge.ArticleContent;
import io.yordam.knowledge.ArticleText;
import io.yordam.knowledge.KnowledgeBase;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The knowledge base editor for admins: the list of articles with their state and "did
 * this help?" counts; an article's three languages edited as a draft, each beside a live
 * preview of what its readers will see, published or archived, with its history. What
 * customers and the bot read changes only on publish.
 */
@Controller
class KnowledgeEditorPages {

	static final List<String> LANGUAGES = List.of("ru", "uz", "en");

	private final KnowledgeBase knowledge;

	private final MessageSource messages;

	KnowledgeEditorPages(KnowledgeBase knowledge, MessageSource messages) {
		this.knowledge = knowledge;
		this.messages = messages;
	}

	@GetMapping("/agent/kb")
	String list(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		me.require(StaffAction.EDIT_KNOWLEDGE_BASE);
		model.addAttribute("articles", this.knowledge.catalogue(LocaleContextHolder.getLocale().getLanguage()));
		return "agent/kb-list";
	}

	@GetMapping("/agent/kb/new")
	String create(@AuthenticationPrincipal OperatorPrincipal me, Model model) {
		me.require(StaffAction.EDIT_KNOWLEDGE_BASE);
		return editor(model, null,
				new KnowledgeBase.Draft("", "GENERAL", "DRAFT", new ArticleContent(null, null, null), true), List.of());
	}

	@GetMapping("/agent/kb/{slug}")
	String edit(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String slug, Model model) {
		me.require(StaffAction.EDIT_KNOWLEDGE_BASE);
		return editor(model, slug, this.knowledge.draft(slug), List.of());
	}

	@PostMapping("/agent/kb")
	String save(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam Map<String, String> form, Model model) {
		me.require(StaffAction.EDIT_KNOWLEDGE_BASE);
		String slug = form.getOrDefault("slug", "").strip();
		ArticleContent content = new ArticleContent(text(form, "ru"), text(form, "uz"), text(form, "en"));
		if (form.containsKey("creating") && exists(slug)) {
			// "New article" must not overwrite one that has this address.
			return editor(model, null, new KnowledgeBase.Draft(slug, form.get("category"), "DRAFT", content, true),
					List.of(new InvalidInputException.Violation("slug", "taken",
							"An article with this address exists: open it from the list")));
		}
		try {
			this.knowledge.saveDraft(slug, form.get("category"), content, me);
		}
		catch (InvalidInputException ex) {
			boolean exists = exists(slug);
			return editor(model, exists ? slug : null,
					new KnowledgeBase.Draft(slug, form.get("category"), "DRAFT", content, true), ex.violations());
		}
		if (form.containsKey("publish")) {
			this.knowledge.publish(slug, me);
			return "redirect:/agent/kb/" + slug + "?published";
		}
		return "redirect:/agent/kb/" + slug + "?saved";
	}

	@PostMapping("/agent/kb/{slug}/publication")
	String publish(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String slug, Model model) {
		me.require(StaffAction.EDIT_KNOWLEDGE_BASE);
		try {
			this.knowledge.publish(slug, me);
		}
		catch (RuleViolationException ex) {
			return editor(model, slug, this.knowledge.draft(slug),
					List.of(new InvalidInputException.Violation("draft", ex.rule(), ex.getMessage())));
		}
		return "redirect:/agent/kb/" + slug + "?published";
	}

	@PostMapping("/agent/kb/{slug}/archive")
	String archive(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String slug) {
		me.require(StaffAction.EDIT_KNOWLEDGE_BASE);
		this.knowledge.archive(slug, me);
		return "redirect:/agent/kb/" + slug + "?archived";
	}

	/**
	 * A language's title and text as its readers will see them: the same fragment and
	 * paragraphs the agents' suggestions use, escaped, so nothing typed runs as markup.
	 */
	@PostMapping("/agent/kb/preview")
	String preview(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(name = "language") String lang,
			@RequestParam Map<String, String> form, Model model) {
		me.require(StaffAction.EDIT_KNOWLEDGE_BASE);
		if (!LANGUAGES.contains(lang)) {
			throw new InvalidInputException("language", "language", "One of " + LANGUAGES);
		}
		String title = form.getOrDefault(lang + ".title", "").strip();
		String body = form.getOrDefault(lang + ".body", "");
		if (title.length() > 200 || body.length() > 8000) {
			throw new InvalidInputException((title.length() > 200) ? lang + ".title" : lang + ".body", "length",
					"Too long to preview");
		}
		model.addAttribute("previewTitle", title);
		model.addAttribute("previewParagraphs", ArticleText.paragraphs(body));
		return "agent/articles :: rendered";
	}

	private String editor(Model model, String slug, KnowledgeBase.Draft draft,
			List<InvalidInputException.Violation> errors) {
		Map<String, ArticleContent.Text> texts = texts(draft.content());
		model.addAttribute("slug", slug);
		model.addAttribute("draft", draft);
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("categories", KnowledgeBase.categories());
		model.addAttribute("errors", errors.stream().map(this::shown).toList());
		model.addAttribute("history", (slug != null) ? this.knowledge.history(slug) : List.of());
		model.addAttribute("texts", texts);
		model.addAttribute("heading", heading(texts));
		model.addAttribute("openLanguage", openLanguage(texts, errors));
		return "agent/kb-edit";
	}

	/** An error as the editor reads it: which field, in words, and what is wrong. */
	record Shown(String field, String label, String message) {
	}

	private Shown shown(InvalidInputException.Violation violation) {
		Locale locale = LocaleContextHolder.getLocale();
		String field = violation.field();
		String label = this.messages.getMessage("kb.field." + field.replaceFirst("^content\\.", ""), null, field,
				locale);
		String message = this.messages.getMessage("kb.error." + violation.rule(), null, violation.message(), locale);
		return new Shown(field, label, message);
	}

	/**
	 * The article's title in the reader's language, else in the first language it has;
	 * "New article" before it has any.
	 */
	private String heading(Map<String, ArticleContent.Text> texts) {
		Locale locale = LocaleContextHolder.getLocale();
		String own = texts.containsKey(locale.getLanguage()) ? texts.get(locale.getLanguage()).title() : "";
		if (!own.isBlank()) {
			return own;
		}
		return LANGUAGES.stream()
			.map(l -> texts.get(l).title())
			.filter(t -> !t.isBlank())
			.findFirst()
			.orElseGet(() -> this.messages.getMessage("kb.new", null, locale));
	}

	/**
	 * The tab open first: the language of the first error, else the reader's own when the
	 * article has it, else the first it has.
	 */
	private static String openLanguage(Map<String, ArticleContent.Text> texts,
			List<InvalidInputException.Violation> errors) {
		for (InvalidInputException.Violation error : errors) {
			for (String l : LANGUAGES) {
				if (error.field().startsWith("content." + l)) {
					return l;
				}
			}
		}
		String own = LocaleContextHolder.getLocale().getLanguage();
		String reader = LANGUAGES.contains(own) ? own : "ru";
		if (!texts.get(reader).title().isBlank() || !texts.get(reader).body().isBlank()) {
			return reader;
		}
		return LANGUAGES.stream()
			.filter(l -> !texts.get(l).title().isBlank() || !texts.get(l).body().isBlank())
			.findFirst()
			.orElse(reader);
	}

	/** Each language's title and body for the form, empty where there is none. */
	private static Map<String, ArticleContent.Text> texts(ArticleContent content) {
		ArticleContent.Text none = new ArticleContent.Text("", "");
		return Map.of("ru", (content.ru() != null) ? content.ru() : none, "uz",
				(content.uz() != null) ? content.uz() : none, "en", (content.en() != null) ? content.en() : none);
	}

	/** A language left empty is no text in that language. */
	private static ArticleContent.Text text(Map<String, String> form, String language) {
		String title = form.getOrDefault(language + ".title", "").strip();
		String body = form.getOrDefault(language + ".body", "").strip();
		return (title.isEmpty() && body.isEmpty()) ? null : new ArticleContent.Text(title, body);
	}

	private boolean exists(String slug) {
		try {
			this.knowledge.draft(slug);
			return true;
		}
		catch (NotFoundException | IllegalArgumentException ex) {
			return false;
		}
	}

}
