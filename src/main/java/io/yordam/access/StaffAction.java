package io.yordam.access;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpMethod;

/**
 * What an operator may do beyond working tickets, and the least role each needs: one rule
 * per action, whichever door it comes through. The module that carries out an action
 * checks it ({@link OperatorPrincipal#require(StaffAction)}); the agent API's routes of
 * the action are also refused at the URL, before their body is read, so that a role that
 * may not act gets 403 whatever it sends.
 */
public enum StaffAction {

	/** Approve or refuse an option above the requester's limit. */
	DECIDE_APPROVAL(OperatorRole.SUPERVISOR, route(HttpMethod.POST, "/api/v1/agent/incidents/*/approval")),

	SEE_APPROVALS(OperatorRole.SUPERVISOR, route(HttpMethod.GET, "/api/v1/agent/approvals")),

	SEE_DEPARTMENT_TASKS(OperatorRole.SUPERVISOR, route(HttpMethod.GET, "/api/v1/agent/departments/*/tasks")),

	CLOSE_DEPARTMENT_TASK(OperatorRole.SUPERVISOR, route(HttpMethod.POST, "/api/v1/agent/department-tasks/*/done")),

	SEE_SCORECARDS(OperatorRole.SUPERVISOR, route(HttpMethod.GET, "/api/v1/agent/scorecards")),

	EXPORT_LEDGER(OperatorRole.SUPERVISOR, route(HttpMethod.GET, "/api/v1/agent/ledger.csv")),

	REVERSE_LEDGER_TRANSACTION(OperatorRole.SUPERVISOR, route(HttpMethod.POST, "/api/v1/agent/ledger/*/reversal")),

	EDIT_PLAYBOOK_SETTINGS(OperatorRole.ADMIN, route(HttpMethod.PUT, "/api/v1/agent/playbook-settings"),
			route(HttpMethod.POST, "/api/v1/agent/playbook-settings/versions/*/revert")),

	EDIT_KNOWLEDGE_BASE(OperatorRole.ADMIN, route(HttpMethod.PUT, "/api/v1/agent/kb/articles/*"),
			route(HttpMethod.POST, "/api/v1/agent/kb/articles/*/publication"),
			route(HttpMethod.POST, "/api/v1/agent/kb/articles/*/archive")),

	ASSIGN_TO_OTHERS(OperatorRole.SUPERVISOR),

	SEE_ACCESS_AUDIT(OperatorRole.SUPERVISOR, route(HttpMethod.GET, "/api/v1/agent/access-audit")),

	/** The supervisor's live board (issue 12), its page, its API and its topic. */
	SEE_BOARD(OperatorRole.SUPERVISOR, route(HttpMethod.GET, "/api/v1/agent/board")),
	/**
	 * Create, edit and delete the shared macros everyone inserts; an operator's personal
	 * macros are theirs alone. Checked by the macros module: the same routes serve both.
	 */
	EDIT_SHARED_MACROS(OperatorRole.ADMIN),

	/** Escalation: the rules that move tickets up (issue 12). */
	EDIT_ESCALATION_RULES(OperatorRole.ADMIN, route(HttpMethod.PUT, "/api/v1/agent/escalation-rules")),

	/** Escalation: the report of escalations by level and trigger, and its CSV. */
	SEE_ESCALATIONS(OperatorRole.SUPERVISOR, route(HttpMethod.GET, "/api/v1/agent/escalations"),
			route(HttpMethod.GET, "/api/v1/agent/escalations.csv")),

	/** Routing: see every agent's status, load and skills (the roster, the board). */
	SEE_AGENT_ROSTER(OperatorRole.SUPERVISOR, route(HttpMethod.GET, "/api/v1/agent/agents")),

	/** Routing: change an agent's skills and capacity. */
	EDIT_AGENT_SKILLS(OperatorRole.SUPERVISOR, route(HttpMethod.PUT, "/api/v1/agent/agents/*/skills")),

	/** Service levels: the policies and the lines' business hours. */
	EDIT_SLA_POLICIES(OperatorRole.ADMIN, route(HttpMethod.PUT, "/api/v1/agent/sla-policies")),

	/**
	 * Service levels: the share of SLA runs met per line and per agent (issue 12), its
	 * page and its CSV.
	 */
	SEE_SLA_REPORT(OperatorRole.SUPERVISOR, route(HttpMethod.GET, "/api/v1/agent/sla/attainment"),
			route(HttpMethod.GET, "/api/v1/agent/sla/attainment.csv")),

	/**
	 * Reputation: import public reviews (JSON or a CSV upload, issue 16); the page's
	 * upload too.
	 */
	IMPORT_REVIEWS(OperatorRole.SUPERVISOR, route(HttpMethod.POST, "/api/v1/agent/reviews")),

	/**
	 * Reputation: the reviews list, the rating trend per source and the reasons behind
	 * low ratings, their page and CSV. An agent reads the review of a ticket they work
	 * and records its answer without this.
	 */
	SEE_REPUTATION(OperatorRole.SUPERVISOR, route(HttpMethod.GET, "/api/v1/agent/reviews"),
			route(HttpMethod.GET, "/api/v1/agent/reviews/report"),
			route(HttpMethod.GET, "/api/v1/agent/reviews/report.csv")),

	/**
	 * Feedback: the low-rating threshold and the NPS sample and interval (issue 16).
	 */
	EDIT_FEEDBACK_SETTINGS(OperatorRole.ADMIN, route(HttpMethod.PUT, "/api/v1/agent/feedback-settings")),

	/**
	 * Notices (issue 17): what customers are told, when, how often, and the late care per
	 * city with its daily budget.
	 */
	EDIT_NOTICE_POLICY(OperatorRole.ADMIN, route(HttpMethod.PUT, "/api/v1/agent/notice-policy")),

	/**
	 * Notices (issue 17 §4): whether telling keeps customers from writing (told against
	 * held-out orders per kind) and what late care cost per day and city; page, API, CSV.
	 */
	SEE_NOTICE_REPORT(OperatorRole.SUPERVISOR, route(HttpMethod.GET, "/api/v1/agent/notices/report"),
			route(HttpMethod.GET, "/api/v1/agent/notices/report.csv")),

	/**
	 * Analytics (issue 16): the whole desk's figures, every agent's and every cut, their
	 * drill-down and CSV. An agent sees their own figures only. There are no teams: a
	 * supervisor sees the whole desk, as an admin does.
	 */
	SEE_DESK_ANALYTICS(OperatorRole.SUPERVISOR),

	/**
	 * The staff list and each operator's mail address (where the weekly report goes,
	 * issue 16): its page and its API.
	 */
	EDIT_STAFF(OperatorRole.ADMIN, route(HttpMethod.GET, "/api/v1/agent/operators"),
			route(HttpMethod.PUT, "/api/v1/agent/operators/*/email")),

	// Each constant ends with a comma, so that a new one is one added line.
	;

	private final OperatorRole least;

	private final List<Route> apiRoutes;

	StaffAction(OperatorRole least, Route... apiRoutes) {
		this.least = least;
		this.apiRoutes = List.of(apiRoutes);
	}

	public OperatorRole least() {
		return this.least;
	}

	/**
	 * Whether a role, by its name (an operator's, or the bot's and the system's), may
	 * act.
	 */
	public boolean permits(String role) {
		for (OperatorRole known : OperatorRole.values()) {
			if (known.name().equals(role)) {
				return known.ordinal() >= this.least.ordinal();
			}
		}
		return false;
	}

	/** Refuses (403 problem, rule {@code role}) a role that may not act. */
	public void require(String role) {
		if (!permits(role)) {
			throw new io.yordam.common.RuleViolationException(403, "role",
					"Only a " + this.least.name().toLowerCase(Locale.ROOT) + " may do this");
		}
	}

	List<Route> apiRoutes() {
		return this.apiRoutes;
	}

	record Route(HttpMethod method, String pattern) {
	}

	private static Route route(HttpMethod method, String pattern) {
		return new Route(method, pattern);
	}

}
