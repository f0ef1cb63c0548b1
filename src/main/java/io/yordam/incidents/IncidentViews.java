package io.yordam.incidents;

import java.util.List;
import java.util.UUID;

import io.yordam.access.StaffAction;
import io.yordam.common.NotFoundException;
import io.yordam.tickets.TicketId;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents as the ticket view, the approvals queue and the API show them, with the abuse
 * signals beside every claim (a declined card is no claim).
 */
@Service
public class IncidentViews {

	private final IncidentRepository incidents;

	private final PlaybookSettingsStore settings;

	private final AbuseWatch abuse;

	IncidentViews(IncidentRepository incidents, PlaybookSettingsStore settings, AbuseWatch abuse) {
		this.incidents = incidents;
		this.settings = settings;
		this.abuse = abuse;
	}

	@Transactional(readOnly = true)
	public IncidentView get(UUID incidentId) {
		return view(this.incidents.findById(incidentId).orElseThrow(() -> new NotFoundException("incident")));
	}

	@Transactional(readOnly = true)
	public List<IncidentView> ofTicket(TicketId ticketId) {
		PlaybookSettings current = this.settings.current().settings();
		return this.incidents.findByTicketIdOrderByCreatedAt(ticketId.value())
			.stream()
			.map(i -> view(i, current))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<IncidentView> awaitingApproval(Acting reader) {
		reader.require(StaffAction.SEE_APPROVALS);
		PlaybookSettings current = this.settings.current().settings();
		return this.incidents.findByStatusOrderByUpdatedAt(IncidentStatus.AWAITING_APPROVAL, Limit.of(100))
			.stream()
			.map(i -> view(i, current))
			.toList();
	}

	/** In the caller's transaction. */
	IncidentView view(Incident incident) {
		return view(incident, this.settings.current().settings());
	}

	// A list reads the settings once, not once per incident (the ticket view polls it).
	private IncidentView view(Incident incident, PlaybookSettings current) {
		return incident
			.view((incident.type() == IncidentType.UNPAID_ORDER) ? null : this.abuse.signals(incident, current));
	}

}
