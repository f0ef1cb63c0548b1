package io.yordam.orders;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceivedPlatformEventRepository extends JpaRepository<ReceivedPlatformEvent, String> {

}
