package io.yordam.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real-HTTP client for the tests: requests go through the network stack and every
 * filter.
 */
public final class Http {

	private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	public Http(int port) {
		this.base = "http://localhost:" + port;
	}

	public Request get(String path) {
		return new Request("GET", path, null);
	}

	public Request post(String path, Object json) {
		return new Request("POST", path, (json == null) ? null : toJson(json));
	}

	public Request put(String path, Object json) {
		return new Request("PUT", path, toJson(json));
	}

	public Request postRaw(String path, byte[] body) {
		return new Request("POST", path, body);
	}

	public Request delete(String path) {
		return new Request("DELETE", path, null);
	}

	public static byte[] toJson(Object value) {
		return (value instanceof byte[] bytes) ? bytes
				: (value instanceof String s) ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(value);
	}

	public final class Request {

		private final String method;

		private final String path;

		private final byte[] body;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private String contentType = "application/json";

		Request(String method, String path, byte[] body) {
			this.method = method;
			this.path = path;
			this.body = body;
		}

		public Request header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		public Request bearer(String token) {
			return header("Authorization", "Bearer " + token);
		}

		public Request contentType(String type) {
			this.contentType = type;
			return this;
		}

		public Response send() {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Http.this.base + this.path));
			this.headers.forEach(builder::header);
			if (this.body != null) {
				builder.header("Content-Type", this.contentType);
				builder.method(this.method, HttpRequest.BodyPublishers.ofByteArray(this.body));
			}
			else {
				builder.method(this.method, HttpRequest.BodyPublishers.noBody());
			}
			try {
				HttpResponse<byte[]> response = Http.this.client.send(builder.build(),
						HttpResponse.BodyHandlers.ofByteArray());
				return new Response(response.statusCode(), response.body(), response.headers().map());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	public record Response(int status, byte[] body, Map<String, java.util.List<String>> headers) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.findFirst()
				.map(e -> e.getValue().get(0))
				.orElse(null);
		}

		/** The field names an RFC 9457 problem's {@code errors} list names. */
		public java.util.List<String> problemFields() {
			java.util.List<String> fields = new java.util.ArrayList<>();
			json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
			return fields;
		}

		@Override
		public String toString() {
			return this.status + " " + text();
		}

	}

}
