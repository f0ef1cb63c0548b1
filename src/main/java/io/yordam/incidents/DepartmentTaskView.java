package io.yordam.incidents;

import java.time.Instant;
import java.util.UUID;

public record DepartmentTaskView(UUID id, Department department, UUID incidentId, UUID ticketId, String orderId,
		Fault fault, String summary, String status, Instant createdAt, Instant doneAt, String doneBy) {
}
