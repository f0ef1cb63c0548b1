package io.yordam.incidents;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlaybookSettingsRepository extends JpaRepository<PlaybookSettingsVersion, Integer> {

	Optional<PlaybookSettingsVersion> findFirstByOrderByVersionDesc();

	List<PlaybookSettingsVersion> findByOrderByVersionDesc(Limit limit);

}
