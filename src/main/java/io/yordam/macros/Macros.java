package io.yordam.macros;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The macro catalogue: listing and searching what a viewer may use, and editing under
 * {@link MacroAccess}. Every change is validated whole before anything is written.
 */
@Service
public class Macros {

	public static final int MAX_QUERY = 100;

	private final MacroRepository macros;

	private final Clock clock;

	Macros(MacroRepository macros, Clock clock) {
		this.macros = macros;
		this.clock = clock;
	}

	/**
	 * Which macros a list shows: all the viewer may use, the shared ones, or their own.
	 */
	public enum Scope {

		ALL, SHARED, MINE;

		public static Scope parse(String value) {
			if (value == null || value.isBlank()) {
				return ALL;
			}
			try {
				return valueOf(value.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("scope", "one-of", "One of all, shared, mine");
			}
		}

	}

	/**
	 * The macros a viewer may use, most used first, searched by title and body in a
	 * language (the agent's own).
	 */
	@Transactional(readOnly = true)
	public Page<MacroView> search(OperatorPrincipal viewer, String query, String language, Scope scope, int page,
			int size) {
		String q = (query == null) ? "" : query.strip().toLowerCase(Locale.ROOT);
		if (q.length() > MAX_QUERY) {
			throw new InvalidInputException("q", "length", "At most " + MAX_QUERY + " characters");
		}
		if (page < 0 || page > 10_000) {
			throw new InvalidInputException("page", "range", "0 to 10000");
		}
		if (size < 1 || size > 100) {
			throw new InvalidInputException("size", "range", "1 to 100");
		}
		String pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.macros
			.visible(viewer.id().value(), scope.name(), MacroLanguage.choose(language), pattern,
					PageRequest.of(page, size,
							Sort.by(Sort.Order.desc("usageCount"), Sort.Order.asc("createdAt"), Sort.Order.asc("id"))))
			.map(Macro::view);
	}

	@Transactional(readOnly = true)
	public MacroView get(UUID id, OperatorPrincipal viewer) {
		return usable(id, viewer).view();
	}

	/**
	 * The macro the one-key shortcut inserts for a step: the viewer's own, else the
	 * shared.
	 */
	@Transactional(readOnly = true)
	public Optional<MacroView> standard(StandardStep step, OperatorPrincipal viewer) {
		return this.macros.ofStep(step, viewer.id().value()).stream().findFirst().map(Macro::view);
	}

	@Transactional
	public MacroView create(MacroDraft draft, OperatorPrincipal by) {
		if (draft.shared()) {
			MacroAccess.toShare(by).enforce();
		}
		MacroDraft.Valid valid = draft.validate();
		return this.macros.save(Macro.create(valid, draft.shared(), by, this.clock.instant())).view();
	}

	/** Whether a macro is shared is fixed when it is made; the rest may change. */
	@Transactional
	public MacroView update(UUID id, MacroDraft draft, OperatorPrincipal by) {
		Macro macro = find(id);
		MacroAccess.toEdit(macro, by).enforce();
		macro.revise(draft.validate(), by, this.clock.instant());
		return this.macros.saveAndFlush(macro).view();
	}

	@Transactional
	public void delete(UUID id, OperatorPrincipal by) {
		Macro macro = find(id);
		MacroAccess.toEdit(macro, by).enforce();
		this.macros.delete(macro);
	}

	/** Variables a body may name, for editors' hints. */
	public static List<MacroVariable> variables() {
		return List.of(MacroVariable.values());
	}

	Macro usable(UUID id, OperatorPrincipal viewer) {
		Macro macro = find(id);
		MacroAccess.toUse(macro, viewer).enforce();
		return macro;
	}

	private Macro find(UUID id) {
		return this.macros.findById(id).orElseThrow(() -> new NotFoundException("macro"));
	}

}
