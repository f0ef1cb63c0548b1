package io.yordam.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A free local port for a server the demo plays (mail, Telegram), chosen at start. */
final class DemoPorts {

	private DemoPorts() {
	}

	static int free() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
