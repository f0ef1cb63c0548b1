package io.yordam.macros;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MacroRepository extends JpaRepository<Macro, UUID> {

	/**
	 * The macros a viewer may use (shared and their own), narrowed to a scope, whose
	 * title or body in the given language contains the pattern (lowercase, LIKE-escaped).
	 */
	@Query("""
			select m from Macro m
			where (m.ownerId is null or m.ownerId = :viewer)
			  and (:scope = 'ALL' or (:scope = 'SHARED' and m.ownerId is null) or (:scope = 'MINE' and m.ownerId = :viewer))
			  and (:pattern = '%%'
			    or lower(case when :lang = 'uz' then m.titleUz when :lang = 'en' then m.titleEn else m.titleRu end) like :pattern escape '\\'
			    or lower(case when :lang = 'uz' then m.bodyUz when :lang = 'en' then m.bodyEn else m.bodyRu end) like :pattern escape '\\')
			""")
	Page<Macro> visible(UUID viewer, String scope, String lang, String pattern, Pageable page);

	/** A standard step's macros a viewer may use, their own first, then the oldest. */
	@Query("""
			select m from Macro m
			where m.step = :step and (m.ownerId is null or m.ownerId = :viewer)
			order by case when m.ownerId is null then 1 else 0 end, m.createdAt, m.id
			""")
	List<Macro> ofStep(StandardStep step, UUID viewer);

}
