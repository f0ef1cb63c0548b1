package io.yordam.conversations;

import org.springframework.data.jpa.repository.JpaRepository;

interface MessageActionRepository extends JpaRepository<MessageAction, String> {

}
