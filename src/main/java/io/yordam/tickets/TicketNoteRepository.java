package io.yordam.tickets;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketNoteRepository extends JpaRepository<TicketNote, UUID> {

	List<TicketNote> findByTicketIdOrderByCreatedAt(UUID ticketId);

}
