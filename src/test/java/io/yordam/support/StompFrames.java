package io.yordam.support;

import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;

/**
 * What the server sends to one STOMP connection, as text: the frames of its topics, and
 * its errors (an ERROR frame has no destination; a refused subscription or send ends
 * here, as does a broken transport).
 */
public class StompFrames extends StompSessionHandlerAdapter {

	public final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

	public final BlockingQueue<String> errors = new LinkedBlockingQueue<>();

	@Override
	public Type getPayloadType(StompHeaders headers) {
		return String.class;
	}

	@Override
	public void handleFrame(StompHeaders headers, Object payload) {
		if (headers.getDestination() == null) {
			this.errors.add("ERROR " + headers.getFirst("message"));
		}
		else if (payload != null) {
			this.messages.add(payload.toString());
		}
	}

	@Override
	public void handleException(StompSession session, StompCommand command, StompHeaders headers, byte[] payload,
			Throwable exception) {
		this.errors.add("ERROR " + exception.getMessage());
	}

	@Override
	public void handleTransportError(StompSession session, Throwable exception) {
		this.errors.add("ERROR " + exception.getMessage());
	}

	public List<String> received() {
		return List.copyOf(this.messages);
	}

}
