package io.yordam.customers;

import java.util.List;
import java.util.UUID;

import io.yordam.access.PlatformRole;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerTicketRepository extends JpaRepository<CustomerTicket, UUID> {

	List<CustomerTicket> findByCustomerRoleAndCustomerIdOrderByCreatedAtDesc(PlatformRole customerRole,
			String customerId, Limit limit);

}
