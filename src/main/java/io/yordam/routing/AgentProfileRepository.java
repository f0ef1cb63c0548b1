package io.yordam.routing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AgentProfileRepository extends JpaRepository<AgentProfile, UUID> {

	/**
	 * The agent's row, locked until the transaction ends: routing's one door per agent.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from AgentProfile a where a.operatorId = :id")
	Optional<AgentProfile> lock(UUID id);

	List<AgentProfile> findByStatus(AgentStatus status);

	/**
	 * The agent's row with the defaults (offline, Russian, both lines, three chats),
	 * unless it exists: a second caller at the same moment changes nothing.
	 */
	@Modifying
	@Query(value = "insert into agent_profiles (operator_id, status_since, last_active_at, idle_since)"
			+ " values (:id, :now, :now, :now) on conflict do nothing", nativeQuery = true)
	int insertIfAbsent(UUID id, Instant now);

	List<AgentProfile> findByStatusIn(Collection<AgentStatus> statuses);

}
