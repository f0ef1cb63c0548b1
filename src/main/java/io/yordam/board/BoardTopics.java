package io.yordam.board;

import java.security.Principal;

import io.yordam.access.Principals;
import io.yordam.access.StaffAction;
import io.yordam.realtime.TopicGuard;

import org.springframework.stereotype.Component;

/** Only those who may see the board receive it: supervisors and admins. */
@Component
class BoardTopics implements TopicGuard {

	@Override
	public boolean claims(String destination) {
		return destination.equals(BoardFeed.TOPIC);
	}

	@Override
	public boolean maySubscribe(Principal user, String destination) {
		return Principals.operator(user).filter(op -> StaffAction.SEE_BOARD.permits(op.role().name())).isPresent();
	}

}
