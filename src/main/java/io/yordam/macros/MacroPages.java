package io.yordam.macros;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.InvalidInputException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The macros page: the list (search, shared or mine, pages, usage counts) and the editor.
 * The same rules as the API: an agent edits their own, an admin also the shared ones.
 */
@Controller
class MacroPages {

	static final int PAGE_SIZE = 20;

	private final Macros macros;

	MacroPages(Macros macros) {
		this.macros = macros;
	}

	@GetMapping("/agent/macros")
	String list(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(required = false) String q,
			@RequestParam(required = false) String scope, @RequestParam(defaultValue = "0") int page, Model model) {
		Macros.Scope parsed = Macros.Scope.parse(scope);
		Page<MacroView> found = this.macros.search(me, q, language(), parsed, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("macros", found);
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("scope", parsed.name().toLowerCase(java.util.Locale.ROOT));
		model.addAttribute("lang", language());
		model.addAttribute("editable",
				found.getContent()
					.stream()
					.filter(m -> editable(m, me))
					.map(MacroView::id)
					.collect(Collectors.toSet()));
		model.addAttribute("mayShare", MacroAccess.toShare(me) instanceof MacroAccess.Allowed);
		return "agent/macros";
	}

	@GetMapping("/agent/macros/new")
	String create(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam(defaultValue = "false") boolean shared,
			Model model) {
		if (shared) {
			MacroAccess.toShare(me).enforce();
		}
		MacroTexts.Text empty = new MacroTexts.Text("", "");
		return editor(model, null, new MacroDraft(shared, null, new MacroTexts(empty, empty, empty), MacroActions.NONE),
				List.of());
	}

	@GetMapping("/agent/macros/{id}")
	String edit(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id, Model model) {
		MacroView macro = this.macros.get(MacroController.uuid(id), me);
		if (!editable(macro, me)) {
			MacroAccess.toShare(me).enforce();
		}
		return editor(model, macro.id(), new MacroDraft(macro.shared(),
				(macro.step() != null) ? macro.step().name() : null, macro.texts(), macro.actions()), List.of());
	}

	@PostMapping("/agent/macros")
	String save(@AuthenticationPrincipal OperatorPrincipal me, @RequestParam Map<String, String> form, Model model) {
		UUID id = form.containsKey("id") ? MacroController.uuid(form.get("id")) : null;
		MacroDraft draft = new MacroDraft("true".equals(form.get("shared")), form.get("step"),
				new MacroTexts(text(form, "ru"), text(form, "uz"), text(form, "en")),
				new MacroActions(form.get("status"), form.get("tag"), form.get("priority")));
		try {
			MacroView saved = (id != null) ? this.macros.update(id, draft, me) : this.macros.create(draft, me);
			return "redirect:/agent/macros/" + saved.id() + "?saved";
		}
		catch (InvalidInputException ex) {
			return editor(model, id, draft, ex.violations());
		}
	}

	@PostMapping("/agent/macros/{id}/delete")
	String delete(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id) {
		this.macros.delete(MacroController.uuid(id), me);
		return "redirect:/agent/macros?deleted";
	}

	private String editor(Model model, UUID id, MacroDraft draft, List<InvalidInputException.Violation> errors) {
		model.addAttribute("id", id);
		model.addAttribute("draft", draft);
		model.addAttribute("languages", MacroLanguage.ALL);
		model.addAttribute("steps", StandardStep.values());
		model.addAttribute("statuses", MacroActions.STATUSES.stream().map(Enum::name).sorted().toList());
		model.addAttribute("priorities", io.yordam.tickets.TicketPriority.values());
		model.addAttribute("variables", Macros.variables());
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields",
				errors.stream().map(InvalidInputException.Violation::field).collect(Collectors.toSet()));
		return "agent/macro-edit";
	}

	private static MacroTexts.Text text(Map<String, String> form, String language) {
		return new MacroTexts.Text(form.getOrDefault(language + ".title", ""),
				form.getOrDefault(language + ".body", ""));
	}

	private static boolean editable(MacroView macro, OperatorPrincipal me) {
		return macro.shared() ? MacroAccess.toShare(me) instanceof MacroAccess.Allowed : true;
	}

	static String language() {
		return MacroLanguage.choose(LocaleContextHolder.getLocale().getLanguage());
	}

}
