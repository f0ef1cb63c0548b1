package io.yordam.incidents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentTaskRepository extends JpaRepository<DepartmentTask, UUID> {

	Optional<DepartmentTask> findByIncidentId(UUID incidentId);

	List<DepartmentTask> findByDepartmentAndStatusOrderByCreatedAt(Department department,
			DepartmentTaskView.Status status, Limit limit);

}
