package io.yordam.workspace;

import java.util.List;
import java.util.UUID;

import io.yordam.access.OperatorPrincipal;
import io.yordam.common.NotFoundException;
import io.yordam.incidents.Acting;
import io.yordam.incidents.Department;
import io.yordam.incidents.DepartmentTaskView;
import io.yordam.incidents.DepartmentTasks;
import io.yordam.incidents.IncidentView;
import io.yordam.incidents.IncidentViews;
import io.yordam.orders.OrderId;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The departments' task queues. A task reads from the incident's typed data at view time,
 * in the reader's language: what happened, on which order (its number) from which
 * restaurant, what the customer got, who was at fault and why. The task's stored summary
 * is the API's plain text; the page does not show it.
 */
@Controller
class DepartmentPages {

	private final DepartmentTasks tasks;

	private final IncidentViews incidents;

	private final Orders orders;

	DepartmentPages(DepartmentTasks tasks, IncidentViews incidents, Orders orders) {
		this.tasks = tasks;
		this.incidents = incidents;
		this.orders = orders;
	}

	@GetMapping("/agent/departments")
	String departments(@AuthenticationPrincipal OperatorPrincipal me,
			@RequestParam(name = "department", defaultValue = "RESTAURANT_QUALITY") Department department,
			Model model) {
		List<DepartmentTaskView> open = this.tasks.ofDepartment(department, Acting.of(me));
		model.addAttribute("tasks", open.stream().map(this::row).toList());
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

	private Row row(DepartmentTaskView task) {
		IncidentView incident;
		try {
			incident = this.incidents.get(task.incidentId());
		}
		catch (NotFoundException ex) {
			// The task outlived its incident: the task's own fields still read.
			incident = null;
		}
		OrderView order = (task.orderId() != null) ? this.orders.find(new OrderId(task.orderId())).orElse(null) : null;
		return new Row(task, incident,
				IncidentOrders.of((incident != null) ? List.of(incident) : List.of(), order, this.orders), order);
	}

	/**
	 * @param order null when the order is unknown here
	 */
	record Row(DepartmentTaskView task, IncidentView incident, IncidentOrders orders, OrderView order) {

		public String orderNumber() {
			return this.orders.number(this.task.orderId());
		}

		public String restaurantName() {
			return (this.order != null && this.order.restaurantName() != null) ? this.order.restaurantName() : "—";
		}

		public String items() {
			return (this.incident != null) ? this.orders.items(this.incident) : "";
		}

	}

}
