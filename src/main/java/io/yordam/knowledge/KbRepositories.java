package io.yordam.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface KbArticleRepository extends JpaRepository<KbArticle, UUID> {

	Optional<KbArticle> findBySlug(String slug);

	/** Votes on one article are counted one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from KbArticle a where a.slug = :slug")
	Optional<KbArticle> lockBySlug(String slug);

	List<KbArticle> findByStatusOrderBySlug(String status);

}

interface KbRevisionRepository extends JpaRepository<KbRevision, KbRevision.Key> {

	List<KbRevision> findByArticleIdOrderByRevisionDesc(UUID articleId);

	@Query("select coalesce(max(r.revision), 0) from KbRevision r where r.articleId = :articleId")
	int lastRevision(UUID articleId);

}

interface KbVoteRepository extends JpaRepository<KbVote, KbVote.Key> {

}
