package io.yordam.incidents;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.yordam.access.StaffAction;
import io.yordam.common.NotFoundException;
import io.yordam.tickets.TicketId;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a ticket is solved or closed, each of its incidents goes, with its facts, to the
 * department that owns its fault ({@link Department#owning}); the department works
 * through its queue.
 */
@Service
public class DepartmentTasks {

	private static final int MAX_SUMMARY = 2000;

	private final IncidentRepository incidents;

	private final DepartmentTaskRepository tasks;

	private final Clock clock;

	DepartmentTasks(IncidentRepository incidents, DepartmentTaskRepository tasks, Clock clock) {
		this.incidents = incidents;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** The ticket is solved or closed: one task per incident, at most. */
	@Transactional
	void ticketClosed(TicketId ticketId) {
		for (Incident incident : this.incidents.findByTicketIdOrderByCreatedAt(ticketId.value())) {
			Fault fault = incident.fault().fault();
			if (fault == null || this.tasks.findByIncidentId(incident.id()).isPresent()) {
				continue;
			}
			Department.owning(fault, incident.type())
				.ifPresent(department -> this.tasks
					.save(new DepartmentTask(department, incident, summary(incident), this.clock.instant())));
		}
	}

	@Transactional(readOnly = true)
	public List<DepartmentTaskView> ofDepartment(Department department, Acting reader) {
		reader.require(StaffAction.SEE_DEPARTMENT_TASKS);
		return this.tasks
			.findByDepartmentAndStatusOrderByCreatedAt(department, DepartmentTaskView.Status.OPEN, Limit.of(200))
			.stream()
			.map(DepartmentTask::view)
			.toList();
	}

	@Transactional
	public DepartmentTaskView done(UUID taskId, Acting by) {
		by.require(StaffAction.CLOSE_DEPARTMENT_TASK);
		DepartmentTask task = this.tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task"));
		task.done(by.name(), this.clock.instant());
		return task.view();
	}

	private static String summary(Incident incident) {
		String text = String.join("\n", incident.type() + " on order " + incident.orderId(),
				"Option: " + incident.offering().chosenOption(),
				"Fault: " + incident.fault().fault() + " — " + incident.fault().faultNote());
		return (text.length() > MAX_SUMMARY) ? text.substring(0, MAX_SUMMARY) : text;
	}

}
