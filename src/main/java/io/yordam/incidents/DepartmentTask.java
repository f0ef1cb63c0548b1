package io.yordam.incidents;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An internal task in the owning department's queue: the facts of an incident it caused.
 */
@Entity
@Table(name = "department_tasks")
class DepartmentTask {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private Department department;

	private UUID incidentId;

	private UUID ticketId;

	private String orderId;

	@Enumerated(EnumType.STRING)
	private Fault fault;

	private String summary;

	@Enumerated(EnumType.STRING)
	private DepartmentTaskView.Status status;

	private Instant createdAt;

	private Instant doneAt;

	private String doneBy;

	protected DepartmentTask() {
	}

	DepartmentTask(Department department, Incident incident, String summary, Instant now) {
		this.id = UUID.randomUUID();
		this.department = department;
		this.incidentId = incident.id();
		this.ticketId = incident.ticketId();
		this.orderId = incident.orderId();
		this.fault = incident.fault().fault();
		this.summary = summary;
		this.status = DepartmentTaskView.Status.OPEN;
		this.createdAt = now;
	}

	void done(String by, Instant now) {
		if (this.status == DepartmentTaskView.Status.DONE) {
			return;
		}
		this.status = DepartmentTaskView.Status.DONE;
		this.doneBy = by;
		this.doneAt = now;
	}

	DepartmentTaskView view() {
		return new DepartmentTaskView(this.id, this.department, this.incidentId, this.ticketId, this.orderId,
				this.fault, this.summary, this.status, this.createdAt, this.doneAt, this.doneBy);
	}

}
