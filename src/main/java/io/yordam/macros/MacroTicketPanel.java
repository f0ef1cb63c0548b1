package io.yordam.macros;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.yordam.access.OperatorPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Macros in the ticket view: the reply box's picker (search in the agent's language), the
 * text for this ticket, the one-key greeting and closing, the use recorded once the reply
 * is sent, and the panel of standard steps done.
 */
@Controller
class MacroTicketPanel {

	static final int PICKER_SIZE = 8;

	private final Macros macros;

	private final MacroReplies replies;

	private final MessageSource messages;

	MacroTicketPanel(Macros macros, MacroReplies replies, MessageSource messages) {
		this.macros = macros;
		this.replies = replies;
		this.messages = messages;
	}

	@GetMapping("/agent/tickets/{id}/macros")
	@ResponseBody
	List<Choice> picker(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@RequestParam(defaultValue = "") String q) {
		MacroController.ticket(id);
		String language = MacroPages.language();
		return this.macros.search(me, q, language, Macros.Scope.ALL, 0, PICKER_SIZE)
			.map(m -> new Choice(m.id(), m.title(language), snippet(m.body(language)), m.shared(),
					(m.step() != null) ? label("macros.step." + m.step()) : null))
			.getContent();
	}

	@GetMapping("/agent/tickets/{id}/macros/{macroId}/preview")
	@ResponseBody
	Inserted preview(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@PathVariable String macroId) {
		return inserted(this.replies.preview(MacroController.ticket(id), MacroController.uuid(macroId), me));
	}

	@GetMapping("/agent/tickets/{id}/macros/standard/{step}")
	@ResponseBody
	Inserted standard(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@PathVariable String step) {
		StandardStep parsed = StandardStep.parse(step.toUpperCase(Locale.ROOT), "step");
		return inserted(this.replies.previewStandard(MacroController.ticket(id), parsed, me));
	}

	@PostMapping("/agent/tickets/{id}/macros/{macroId}/uses")
	@ResponseBody
	MacroReplies.Use use(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id,
			@PathVariable String macroId, @RequestParam String useKey) {
		return this.replies.use(MacroController.ticket(id), MacroController.uuid(macroId), useKey, me);
	}

	@GetMapping("/agent/tickets/{id}/service-steps")
	String steps(@PathVariable String id, Model model) {
		var ticket = MacroController.ticket(id);
		model.addAttribute("ticketId", ticket.value());
		model.addAttribute("done",
				this.replies.steps(ticket)
					.stream()
					.collect(java.util.stream.Collectors.toMap(d -> d.step().name(), d -> d, (a, b) -> a)));
		model.addAttribute("steps", StandardStep.values());
		return "fragments/macros :: steps";
	}

	private Inserted inserted(MacroReplies.Preview preview) {
		String note = preview.missing().isEmpty() ? null : this.messages.getMessage("macros.missing",
				new Object[] {
						String.join(", ", preview.missing().stream().map(v -> label("macros.var." + v)).toList()) },
				LocaleContextHolder.getLocale());
		return new Inserted(preview.macroId(), preview.title(), preview.text(), preview.language(), preview.missing(),
				note);
	}

	private String label(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static String snippet(String body) {
		return (body.length() <= 90) ? body : body.substring(0, 89) + "…";
	}

	record Choice(UUID id, String title, String snippet, boolean shared, String step) {
	}

	/**
	 * @param note what is left to fill, in the agent's language (null when nothing)
	 */
	record Inserted(UUID macroId, String title, String text, String language, List<String> missing, String note) {
	}

}
