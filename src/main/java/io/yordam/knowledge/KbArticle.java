package io.yordam.knowledge;

import java.time.Instant;
import java.util.UUID;

import io.yordam.common.SearchAnalysis;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * An article: its published text in three languages (what is searched and read), the
 * editor's draft kept beside it as JSON until published, and the "did this help?" counts.
 */
@Entity
@Table(name = "kb_articles")
@Indexed(index = "kb_article")
class KbArticle {

	@Id
	private UUID id;

	@KeywordField
	private String slug;

	@KeywordField
	private String category;

	@KeywordField
	private String status;

	@FullTextField(name = "title_ru", analyzer = SearchAnalysis.RUSSIAN)
	@FullTextField(name = "title_ru_folded", analyzer = SearchAnalysis.FOLDED)
	private String titleRu;

	@FullTextField(name = "body_ru", analyzer = SearchAnalysis.RUSSIAN)
	@FullTextField(name = "body_ru_folded", analyzer = SearchAnalysis.FOLDED)
	private String bodyRu;

	// Uzbek: folded (both scripts, typos), and folded with its endings stripped.
	@FullTextField(name = "title_uz", analyzer = SearchAnalysis.UZBEK)
	@FullTextField(name = "title_uz_folded", analyzer = SearchAnalysis.FOLDED)
	private String titleUz;

	@FullTextField(name = "body_uz", analyzer = SearchAnalysis.UZBEK)
	@FullTextField(name = "body_uz_folded", analyzer = SearchAnalysis.FOLDED)
	private String bodyUz;

	@FullTextField(name = "title_en", analyzer = SearchAnalysis.ENGLISH)
	@FullTextField(name = "title_en_folded", analyzer = SearchAnalysis.FOLDED)
	private String titleEn;

	@FullTextField(name = "body_en", analyzer = SearchAnalysis.ENGLISH)
	@FullTextField(name = "body_en_folded", analyzer = SearchAnalysis.FOLDED)
	private String bodyEn;

	private String draft;

	private int helpfulYes;

	private int helpfulNo;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant publishedAt;

	@Version
	private long version;

	protected KbArticle() {
	}

	KbArticle(String slug, String category, String draftJson, Instant now) {
		this.id = UUID.randomUUID();
		this.slug = slug;
		this.category = category;
		this.status = "DRAFT";
		this.draft = draftJson;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void saveDraft(String category, String draftJson, Instant now) {
		this.category = category;
		this.draft = draftJson;
		this.updatedAt = now;
	}

	/** The draft becomes what everybody reads. */
	void publish(ArticleContent content, Instant now) {
		this.titleRu = (content.ru() != null) ? content.ru().title() : null;
		this.bodyRu = (content.ru() != null) ? content.ru().body() : null;
		this.titleUz = (content.uz() != null) ? content.uz().title() : null;
		this.bodyUz = (content.uz() != null) ? content.uz().body() : null;
		this.titleEn = (content.en() != null) ? content.en().title() : null;
		this.bodyEn = (content.en() != null) ? content.en().body() : null;
		this.draft = null;
		this.status = "PUBLISHED";
		this.publishedAt = now;
		this.updatedAt = now;
	}

	void archive(Instant now) {
		this.status = "ARCHIVED";
		this.updatedAt = now;
	}

	void feedback(boolean helpful) {
		if (helpful) {
			this.helpfulYes++;
		}
		else {
			this.helpfulNo++;
		}
	}

	/** A reader changed their mind: their vote moves, the total stays. */
	void feedbackChanged(boolean helpful) {
		if (helpful) {
			this.helpfulNo--;
			this.helpfulYes++;
		}
		else {
			this.helpfulYes--;
			this.helpfulNo++;
		}
	}

	boolean isPublished() {
		return "PUBLISHED".equals(this.status);
	}

	ArticleContent published() {
		return new ArticleContent(text(this.titleRu, this.bodyRu), text(this.titleUz, this.bodyUz),
				text(this.titleEn, this.bodyEn));
	}

	private static ArticleContent.Text text(String title, String body) {
		return (title == null) ? null : new ArticleContent.Text(title, body);
	}

	UUID id() {
		return this.id;
	}

	String slug() {
		return this.slug;
	}

	String category() {
		return this.category;
	}

	String status() {
		return this.status;
	}

	String draft() {
		return this.draft;
	}

	ArticleView view(String locale) {
		ArticleContent.Text text = isPublished() ? published().in(locale) : null;
		return new ArticleView(this.id, this.slug, this.category, this.status, (text != null) ? text.title() : null,
				(text != null) ? text.body() : null, this.helpfulYes, this.helpfulNo, this.publishedAt, this.updatedAt);
	}

}
