package io.yordam.orders;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlatformActionRepository extends JpaRepository<PlatformActionRecord, UUID> {

	Optional<PlatformActionRecord> findByIdempotencyKey(String idempotencyKey);

	List<PlatformActionRecord> findByRequestedForOrderByCreatedAt(String requestedFor);

}
