package io.yordam.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static io.yordam.ui.TranslationCoverageTests.all;
import static io.yordam.ui.TranslationCoverageTests.enumValues;

/**
 * The values each dynamic message key takes ({@code 'incident.type.' + ${i.type()}},
 * {@code @fmt.label('status', s)}, {@code "bot.state." + order.status()}): the
 * {@link TranslationCoverageTests} expands each prefix with them.
 */
final class DynamicKeys {

	static final List<String> LANGUAGES = List.of("ru", "uz", "en");

	static final List<String> CITIES = List.of("Tashkent", "Samarkand", "Bukhara", "Andijan", "Fergana", "Kokand");

	/**
	 * Prefixes whose values are an open set, read only when words exist for the value
	 * (the code asks first, or falls back to a general text).
	 */
	static final Map<String, String> OPEN = Map.of("bot.summary.reason.",
			"HandOffNote asks has() and falls back to bot.summary.reason.other", "bot.summary.mood.",
			"HandOffNote asks has() and falls back to bot.summary.mood.other", "macros.error.",
			"MacroUiErrors falls back to the rule's detail", "settings.error.",
			"SettingsWords asks the field's own message, then the rule's, then the rule's detail");

	static final Map<String, Collection<String>> VALUES = new TreeMap<>();

	static {
		List<String> orderStatus = enumValues("io.yordam.orders.OrderStatus");
		List<String> slaTargets = enumValues("io.yordam.sla.SlaTarget");
		List<String> agentStatus = enumValues("io.yordam.routing.AgentStatus");
		List<String> paymentStatus = enumValues("io.yordam.orders.PaymentStatus");
		List<String> paymentMethod = enumValues("io.yordam.orders.PaymentMethod");
		List<String> postings = enumValues("io.yordam.ledger.PostingKind");
		List<String> intents = enumValues("io.yordam.bot.Intent").stream()
			.map(i -> i.toLowerCase(Locale.ROOT))
			.toList();
		List<String> types = enumValues("io.yordam.incidents.IncidentType");
		List<String> problems = enumValues("io.yordam.incidents.IncidentFacts$FoodProblem");
		List<String> steps = enumValues("io.yordam.macros.StandardStep");
		List<String> variables = all(TranslationCoverageTests.java.get("macros/MacroVariable.java"),
				"[A-Z]+\\(\"([a-z]+)\"\\)");
		VALUES.put("board.status.", agentStatus);
		VALUES.put("routing.status.", agentStatus);
		VALUES.put("board.target.", slaTargets);
		VALUES.put("sla.target.", slaTargets);
		VALUES.put("escalation.target.", slaTargets);
		VALUES.put("department.", enumValues("io.yordam.incidents.Department"));
		VALUES.put("incident.approvalReason.",
				all(TranslationCoverageTests.java.get("incidents/CompensationLimitPolicy.java"),
						"NeedsApproval\\(\"([\\w-]+)\"\\)"));
		VALUES.put("incident.fault.", enumValues("io.yordam.incidents.Fault"));
		List<String> options = new ArrayList<>(
				all(TranslationCoverageTests.java.get("incidents/Playbooks.java"), "new Offer\\(\"([A-Z_]+)\""));
		// Late care's own line in the ledger (notices.LateCare.OPTION).
		options.add("late-care");
		VALUES.put("incident.option.", options);
		VALUES.put("noticeStatus.", enumValues("io.yordam.notices.NoticeStatus"));
		VALUES.put("noticeKind.", enumValues("io.yordam.notices.NoticeKind"));
		VALUES.put("notice.reason.", enumValues("io.yordam.orders.DelayReason"));
		VALUES.put("incident.problem.", problems);
		VALUES.put("bot.problem.", problems);
		VALUES.put("incident.status.", enumValues("io.yordam.incidents.IncidentStatus"));
		VALUES.put("incident.type.", types);
		VALUES.put("incident.offer.", types);
		VALUES.put("incident.log.", all(TranslationCoverageTests.java.get("incidents/Incident.java"),
				"(?:record\\([\\w.()]+, |\\? |: )\"([a-z]+(?:-[a-z]+)*)\""));
		VALUES.put("incident.actor.", List.of("Yordam", "platform", "customer"));
		VALUES.put("incident.platform.",
				all(TranslationCoverageTests.java.get("orders/OrderAction.java"), "return \"([a-z_]+\\.[a-z_]+)\";"));
		VALUES.put("line.", enumValues("io.yordam.tickets.TicketLine"));
		// Reputation: a review's source, how it was matched, its reason (the intents
		// that ask something of support) and the rules an import is refused by.
		VALUES.put("reviews.source.", enumValues("io.yordam.reputation.ReviewSource"));
		VALUES.put("reviews.matchedBy.", enumValues("io.yordam.reputation.ReviewMatching$By"));
		VALUES.put("reviews.reason.",
				intents.stream()
					.filter(i -> !List.of("greeting", "thanks_bye", "out_of_scope", "human_agent").contains(i))
					.toList());
		VALUES.put("reviews.rule.",
				List.of("required", "one-of", "length", "control-characters", "range", "date-time", "unknown-column",
						"duplicate-column", "missing-column", "columns", "unclosed-quote", "utf-8", "max-rows",
						"max-size", "max-batch"));
		// Analytics (issue 16): every KPI with its help, the dimensions, the cuts (every
		// dimension but the desk), the periods offered, the metrics tickets stand behind.
		List<String> dimensions = enumValues("io.yordam.analytics.Dimension");
		VALUES.put("analytics.kpi.",
				enumValues("io.yordam.analytics.Kpi").stream()
					.flatMap(k -> java.util.stream.Stream.of(k, k + ".help"))
					.toList());
		VALUES.put("analytics.dim.", dimensions);
		VALUES.put("analytics.cut.", dimensions.stream().filter(d -> !d.equals("ALL")).toList());
		VALUES.put("analytics.days.", List.of("1", "7", "28", "92"));
		VALUES.put("analytics.metric.", List.of("CONTACTS", "FIRST_RESPONSE", "RESOLVED", "RESOLUTION", "HANDLING",
				"FIRST_RESOLVED", "FCR_MISSED", "REOPENED", "COMPENSATION", "CSAT"));
		VALUES.put("analytics.retention.", List.of("COMPENSATED", "NOT_COMPENSATED"));
		// The mailed survey's page (feedback.SurveyPage) and mail: the five scores'
		// words,
		// and why a link was refused, each with a second sentence.
		VALUES.put("survey.score.", List.of("1", "2", "3", "4", "5"));
		VALUES.put("survey.refused.",
				java.util.stream.Stream.of("link-invalid", "link-expired", "rated-once")
					.flatMap(r -> java.util.stream.Stream.of(r, r + ".more"))
					.toList());
		List<String> retentionBy = List.of("OUTCOME", "OPTION", "CSAT");
		VALUES.put("analytics.retention.by.",
				retentionBy.stream().flatMap(b -> java.util.stream.Stream.of(b, b + ".help")).toList());
		VALUES.put("analytics.retention.group.", retentionBy);
		VALUES.put("analytics.retention.csat.", List.of("SATISFIED", "NEUTRAL", "DISSATISFIED", "NOT_RATED"));
		VALUES.put("channel.", enumValues("io.yordam.conversations.Channel"));
		VALUES.put("channelIcon.", enumValues("io.yordam.conversations.Channel"));
		// The demo PBX's calls (demo/phone.html), as DemoPbx names their states.
		VALUES.put("demoPhone.state.", List.of("ringing", "answered", "ended", "missed", "voicemail"));
		VALUES.put("macros.step.", steps);
		VALUES.put("macros.var.", variables);
		VALUES.put("queue.view.",
				all(TranslationCoverageTests.java.get("workspace/QueuePage.java"), "[A-Z_]+\\(\"([a-z]+)\", EnumSet"));
		VALUES.put("routing.language.", LANGUAGES);
		VALUES.put("lang.", LANGUAGES);
		VALUES.put("requester.", enumValues("io.yordam.access.PlatformRole"));
		VALUES.put("notify.kind.", enumValues("io.yordam.notifications.NotificationKind"));
		VALUES.put("kb.lang.", LANGUAGES);
		// TicketSearch names the kind of identifier that matched exactly.
		VALUES.put("search.exact.", List.of("ticket-number", "order", "phone", "email"));
		// The rules KnowledgeBase refuses an article by, shown on the editor.
		// The editor names a refused field (content.ru.title → ru.title).
		VALUES.put("kb.field.", List.of("slug", "category", "content", "draft", "ru.title", "ru.body", "uz.title",
				"uz.body", "en.title", "en.body"));
		// SettingsWords names a changed or refused setting.
		VALUES.put("settings.diff.", List.of("bracket", "minutesLate", "amount", "perAction", "perShift", "limit"));
		VALUES.put("settings.", List.of("damagedKeepPercent", "damagedRedeliveryCompensation", "wrongOrderCompensation",
				"foodQualityCompensation", "shiftHours"));
		// The tags Yordam sets itself (HandOffs); an agent's own tags are shown as
		// written.
		VALUES.put("ticket.tag.", List.of("bot-handoff", "vip", "angry", "urgent"));
		VALUES.put("kb.error.", List.of("slug", "category", "required", "length", "taken", "nothing-to-publish"));
		VALUES.put("bot.summary.language.", LANGUAGES);
		VALUES.put("routing.city.", CITIES);
		VALUES.put("scorecards.by.", enumValues("io.yordam.orders.OrderVolume$By"));
		VALUES.put("tokens.status.",
				enumValues("io.yordam.access.ApiTokenView$Status").stream()
					.map(s -> s.toLowerCase(Locale.ROOT))
					.toList());
		VALUES.put("audit.", auditActions(slaTargets));
		VALUES.put("category.", enumValues("io.yordam.tickets.TicketCategory"));
		VALUES.put("escalation.level.", enumValues("io.yordam.tickets.EscalationLevel"));
		VALUES.put("escalation.trigger.", enumValues("io.yordam.escalation.EscalationTrigger"));
		VALUES.put("kb.action.", List.of("draft", "published", "archived"));
		VALUES.put("kb.cat.", all(all(TranslationCoverageTests.java.get("knowledge/KnowledgeBase.java"),
				"CATEGORIES = Set\\.of\\(([^)]*)\\)")
			.get(0), "\"([A-Z]+)\""));
		VALUES.put("kb.status.", List.of("DRAFT", "PUBLISHED", "ARCHIVED"));
		VALUES.put("order.", orderStatus);
		VALUES.put("bot.state.", orderStatus);
		VALUES.put("bot.status.", orderStatus);
		VALUES.put("payment.", paymentStatus);
		VALUES.put("bot.summary.paymentStatus.", paymentStatus);
		VALUES.put("paymethod.", paymentMethod);
		VALUES.put("bot.summary.paidBy.", paymentMethod);
		VALUES.put("posting.", postings);
		VALUES.put("bot.summary.paid.", postings);
		VALUES.put("bot.refund.kind.", postings);
		VALUES.put("priority.", enumValues("io.yordam.tickets.TicketPriority"));
		List<String> roles = new ArrayList<>(enumValues("io.yordam.access.OperatorRole"));
		roles.add("BOT");
		VALUES.put("role.", roles);
		VALUES.put("status.", enumValues("io.yordam.tickets.TicketStatus"));
		VALUES.put("bot.summary.intent.", intents);
		// Only requests are offered back as buttons (Intent.isRequest).
		VALUES.put("bot.intent.",
				intents.stream()
					.filter(i -> !List.of("greeting", "thanks_bye", "out_of_scope", "human_agent").contains(i))
					.toList());
	}

	/** What a ticket's audit trail records: the actions Ticket names, and each breach. */
	private static List<String> auditActions(List<String> slaTargets) {
		List<String> actions = new ArrayList<>(
				all(TranslationCoverageTests.java.get("tickets/Ticket.java"), "record\\([\\w.]+, \"([a-z-]+[a-z])\""));
		slaTargets.forEach(t -> actions.add("sla-breached-" + t.toLowerCase(Locale.ROOT).replace('_', '-')));
		return actions.stream().distinct().toList();
	}

	private DynamicKeys() {
	}

}
