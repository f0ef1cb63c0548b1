package io.yordam.phone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local Asterisk Manager Interface for the tests: a TCP server speaking the AMI text
 * protocol. It greets with Asterisk's banner, answers every action with success (a login
 * only with the right secret, plain or as the MD5 of its challenge), and sends the events
 * a test gives it to every client that logged in with events on.
 */
final class FakeAmiServer implements AutoCloseable {

	private static final String CHALLENGE = "840415273";

	private final ServerSocket server;

	private final String username;

	private final String secret;

	private final List<Writer> subscribers = new CopyOnWriteArrayList<>();

	final List<String> actions = new CopyOnWriteArrayList<>();

	FakeAmiServer(String username, String secret) {
		this.username = username;
		this.secret = secret;
		try {
			this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread.ofVirtual().name("fake-ami").start(this::serve);
	}

	int port() {
		return this.server.getLocalPort();
	}

	boolean loggedIn() {
		return !this.subscribers.isEmpty();
	}

	/** Sends one event ({@code Event: name} and its fields) to every logged-in client. */
	void emit(String name, String... fields) {
		StringBuilder frame = new StringBuilder("Event: ").append(name).append("\r\nPrivilege: call,all\r\n");
		for (int i = 0; i < fields.length; i += 2) {
			frame.append(fields[i]).append(": ").append(fields[i + 1]).append("\r\n");
		}
		frame.append("\r\n");
		for (Writer out : this.subscribers) {
			synchronized (out) {
				try {
					out.write(frame.toString());
					out.flush();
				}
				catch (IOException ex) {
					this.subscribers.remove(out);
				}
			}
		}
	}

	private void serve() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				Thread.ofVirtual().start(() -> session(socket));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void session(Socket socket) {
		try (socket) {
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
			out.write("Asterisk Call Manager/7.0.3\r\n");
			out.flush();
			Map<String, String> action = new LinkedHashMap<>();
			String line;
			while ((line = in.readLine()) != null) {
				if (!line.isEmpty()) {
					int colon = line.indexOf(':');
					if (colon > 0) {
						action.put(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
					}
					continue;
				}
				if (!action.isEmpty()) {
					answer(action, out);
					action = new LinkedHashMap<>();
				}
			}
		}
		catch (IOException ex) {
			// The client went away.
		}
	}

	private void answer(Map<String, String> action, Writer out) throws IOException {
		String name = action.getOrDefault("action", "").toLowerCase();
		this.actions.add(name);
		String id = action.containsKey("actionid") ? "ActionID: " + action.get("actionid") + "\r\n" : "";
		String reply = switch (name) {
			case "challenge" -> "Response: Success\r\n" + id + "Challenge: " + CHALLENGE + "\r\n";
			case "login" -> (this.username.equals(action.get("username")) && authentic(action))
					? "Response: Success\r\n" + id + "Message: Authentication accepted\r\n"
					: "Response: Error\r\n" + id + "Message: Authentication failed\r\n";
			case "coresettings" ->
				"Response: Success\r\n" + id + "AMIversion: 7.0.3\r\nAsteriskVersion: 18.20.0\r\nSystemName: fake\r\n";
			case "command" -> "Response: Success\r\n" + id + "Message: Command output follows\r\n"
					+ "Output: Asterisk 18.20.0 built by fake\r\n";
			case "logoff" -> "Response: Goodbye\r\n" + id;
			default -> "Response: Success\r\n" + id;
		};
		synchronized (out) {
			out.write(reply + "\r\n");
			out.flush();
		}
		if (name.equals("login") && reply.contains("Success") && !"off".equalsIgnoreCase(action.get("events"))) {
			this.subscribers.add(out);
		}
	}

	/**
	 * The plain secret, or MD5 of the challenge and the secret (what asterisk-java
	 * sends).
	 */
	private boolean authentic(Map<String, String> login) {
		if (this.secret.equals(login.get("secret"))) {
			return true;
		}
		try {
			byte[] md5 = java.security.MessageDigest.getInstance("MD5")
				.digest((CHALLENGE + this.secret).getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(md5).equalsIgnoreCase(login.get("key"));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
