package io.yordam.incidents;

import java.time.Instant;
import java.util.UUID;

public record DepartmentTaskView(UUID id, Department department, UUID incidentId, UUID ticketId, String orderId,
		Fault fault, String summary, Status status, Instant createdAt, Instant doneAt, String doneBy) {

	/** Where a task is in its department's queue. */
	public enum Status {

		OPEN, DONE

	}

}
