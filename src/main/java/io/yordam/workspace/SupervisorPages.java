package io.yordam.workspace;

import java.util.UUID;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.incidents.Acting;
import io.yordam.incidents.Department;
import io.yordam.incidents.DepartmentTasks;
import io.yordam.incidents.Scorecards;
import io.yordam.orders.OrderVolume;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages for supervisors and admins: the incident scorecards and the departments' task
 * queues (the playbook settings editor is {@link PlaybookSettingsPage}).
 */
@Controller
class SupervisorPages {

	private final Scorecards scorecards;

	private final DepartmentTasks tasks;

	private final io.yordam.ledger.Ledger ledger;

	private final java.time.Clock clock;

	SupervisorPages(Scorecards scorecards, DepartmentTasks tasks, io.yordam.ledger.Ledger ledger,
			java.time.Clock clock) {
		this.ledger = ledger;
		this.clock = clock;
		this.scorecards = scorecards;
		this.tasks = tasks;
	}

	@GetMapping("/agent/scorecards")
	String scorecards(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestParam(name = "by", defaultValue = "RESTAURANT") OrderVolume.By by,
			@RequestParam(name = "days", defaultValue = "30") int days, Model model) {
		model.addAttribute("card", this.scorecards.of(by, days, Acting.of(me)));
		model.addAttribute("dimensions", OrderVolume.By.values());
		return "agent/scorecards";
	}

	/**
	 * Finance's export, for a signed-in supervisor (the agent API has the same with a
	 * token).
	 */
	@GetMapping("/agent/ledger.csv")
	void ledgerCsv(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestParam(name = "days", defaultValue = "31") int days,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		me.require(StaffAction.EXPORT_LEDGER);
		if (days < 1 || days > 366) {
			throw new InvalidInputException("days", "range", "1 to 366 days");
		}
		java.time.Instant to = this.clock.instant();
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"yordam-ledger.csv\"");
		java.io.Writer out = new java.io.OutputStreamWriter(response.getOutputStream(),
				java.nio.charset.StandardCharsets.UTF_8);
		this.ledger.exportCsv(me, to.minus(java.time.Duration.ofDays(days)), to, out);
		out.flush();
	}

	@GetMapping("/agent/departments")
	String departments(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestParam(name = "department", defaultValue = "RESTAURANT_QUALITY") Department department,
			Model model) {
		model.addAttribute("tasks", this.tasks.ofDepartment(department, Acting.of(me)));
		model.addAttribute("department", department);
		model.addAttribute("departments", Department.values());
		return "agent/departments";
	}

	@PostMapping("/agent/department-tasks/{id}/done")
	String taskDone(@AuthenticationPrincipal OperatorPrincipal me, @PathVariable String id) {
		UUID task;
		try {
			task = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("task");
		}
		Department department = this.tasks.done(task, Acting.of(me)).department();
		return "redirect:/agent/departments?department=" + department;
	}

}
