package io.yordam.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A free local port for a server the demo plays (mail, Telegram), chosen at start and
 * bound a moment later. It is taken below Linux's ephemeral range (32768 and up): a port
 * the kernel hands out, once closed, may become the local port of any outgoing connection
 * before the server binds it (seen when many application contexts run at once); below
 * that range only another server can take it.
 */
final class DemoPorts {

	static final int FROM = 20_000;

	static final int TO = 32_000;

	private DemoPorts() {
	}

	static int free() {
		for (int attempt = 0; attempt < 100; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(FROM, TO);
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
			catch (IOException taken) {
				// Another server has it: try another.
			}
		}
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
