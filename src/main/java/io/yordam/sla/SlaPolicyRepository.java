package io.yordam.sla;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaPolicyRepository extends JpaRepository<SlaPolicyVersion, Integer> {

	Optional<SlaPolicyVersion> findFirstByOrderByVersionDesc();

	List<SlaPolicyVersion> findByOrderByVersionDesc(Limit limit);

}
