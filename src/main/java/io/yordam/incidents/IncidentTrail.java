package io.yordam.incidents;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An incident's trail in the reader's words ({@code ${@incidentTrail.detail(i, s)}}): the
 * trail keeps codes ({@code chosen BONUS_CREDIT}, {@code carried-out REDELIVER 45000
 * UZS}, {@code fault RESTAURANT: note}), written by {@link Incident}; this reads them
 * back as the labels the rest of the desk uses.
 */
@Component("incidentTrail")
public class IncidentTrail {

	private static final Pattern CARRIED_OUT = Pattern.compile("(\\S+) (\\d+) UZS");

	private static final Pattern FAULT = Pattern.compile("([A-Z_]+): (.*)", Pattern.DOTALL);

	private static final Pattern PLATFORM = Pattern.compile("([a-z_]+\\.[a-z_]+)(?: (.*))?", Pattern.DOTALL);

	private final MessageSource messages;

	private final IncidentTexts texts;

	IncidentTrail(MessageSource messages, IncidentTexts texts) {
		this.messages = messages;
		this.texts = texts;
	}

	/** Who: a person's name as it is; the system, the platform, the customer in words. */
	public String actor(IncidentView.Step step) {
		String actor = step.actor();
		if (actor == null) {
			return "—";
		}
		return switch (actor) {
			case "Yordam", "platform", "customer" -> text("incident.actor." + actor);
			case "Yordam bot" -> text("incident.actor.bot");
			default -> actor;
		};
	}

	public String action(IncidentView.Step step) {
		return text("incident.log." + step.action(), step.action());
	}

	public String detail(IncidentView incident, IncidentView.Step step) {
		String detail = step.detail();
		if (detail == null || detail.isBlank()) {
			return "";
		}
		return switch (step.action()) {
			case "opened" -> text("incident.type." + detail, detail);
			case "chosen" -> option(incident, detail);
			case "approval-requested" -> text("incident.approvalReason." + detail, detail);
			case "carried-out" -> carriedOut(incident, detail);
			case "fault" -> fault(detail);
			case "platform-done", "platform-refused" -> platform(detail);
			// The conversation's id: where the options went, for a tooltip, not a line.
			case "offered-again" -> "";
			default -> detail;
		};
	}

	/** An option's label as the customer was offered it, or its name alone. */
	public String option(IncidentView incident, String option) {
		Offer offer = incident.offers().stream().filter(o -> o.option().equals(option)).findFirst().orElse(null);
		return (offer != null) ? this.texts.label(offer, locale().toLanguageTag())
				: text("incident.option." + option, option);
	}

	private String carriedOut(IncidentView incident, String detail) {
		Matcher matcher = CARRIED_OUT.matcher(detail);
		if (!matcher.matches()) {
			return detail;
		}
		return option(incident, matcher.group(1)) + " · " + text("incident.supportCost") + ": "
				+ this.texts.money(Long.parseLong(matcher.group(2)), locale().toLanguageTag());
	}

	private String fault(String detail) {
		Matcher matcher = FAULT.matcher(detail);
		return matcher.matches()
				? text("incident.fault." + matcher.group(1), matcher.group(1)) + ": " + matcher.group(2) : detail;
	}

	private String platform(String detail) {
		Matcher matcher = PLATFORM.matcher(detail);
		if (!matcher.matches()) {
			return detail;
		}
		String what = text("incident.platform." + matcher.group(1), matcher.group(1));
		return (matcher.group(2) != null) ? what + " · " + matcher.group(2) : what;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, locale());
	}

	private String text(String key, String fallback) {
		return this.messages.getMessage(key, null, fallback, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
