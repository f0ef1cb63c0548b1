package io.yordam.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The part of Telegram's Bot API the channel speaks ({@code <api>/bot<token>/<method>},
 * JSON in, {@code {"ok":…,"result":…}} out). Every failure is a {@link BotApiException}:
 * Telegram's own answer with its code and {@code retry_after}, or 0 when it could not be
 * reached.
 */
class BotApi {

	private final RestClient http;

	private final ObjectMapper mapper;

	private final String base;

	private final String files;

	BotApi(RestClient.Builder builder, ObjectMapper mapper, TelegramProperties properties) {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(Duration.ofSeconds(5));
		// A long poll holds the request open for its timeout; a little more on top.
		factory.setReadTimeout(properties.pollTimeout().plusSeconds(15));
		this.http = builder.clone().requestFactory(factory).build();
		this.mapper = mapper;
		String api = properties.apiUrl().replaceAll("/+$", "");
		this.base = api + "/bot" + properties.token() + "/";
		this.files = api + "/file/bot" + properties.token() + "/";
	}

	/** The updates after {@code offset}, waiting up to {@code timeout} for one. */
	List<JsonNode> getUpdates(long offset, Duration timeout) {
		JsonNode result = call("getUpdates", Map.of("offset", offset, "timeout", timeout.toSeconds(), "allowed_updates",
				List.of("message", "callback_query")));
		List<JsonNode> updates = new ArrayList<>();
		result.forEach(updates::add);
		return updates;
	}

	/**
	 * A text message, with its buttons as an inline keyboard (one per row; the data of
	 * each is its position).
	 * @return Telegram's id of the message sent
	 */
	long sendMessage(long chatId, String text, List<String> buttons) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("chat_id", chatId);
		body.put("text", text);
		if (!buttons.isEmpty()) {
			body.put("reply_markup", keyboard(buttons));
		}
		return call("sendMessage", body).path("message_id").asLong();
	}

	/** A message with a keyboard that asks for the user's own phone number. */
	long askForPhone(long chatId, String text, String button) {
		return call("sendMessage",
				Map.of("chat_id", chatId, "text", text, "reply_markup",
						Map.of("keyboard", List.of(List.of(Map.of("text", button, "request_contact", true))),
								"resize_keyboard", true, "one_time_keyboard", true)))
			.path("message_id")
			.asLong();
	}

	long sendPhoto(long chatId, byte[] data, String contentType, String caption, List<String> buttons) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("chat_id", Long.toString(chatId));
		if (caption != null && !caption.isBlank()) {
			parts.add("caption", caption);
		}
		if (!buttons.isEmpty()) {
			parts.add("reply_markup", this.mapper.writeValueAsString(keyboard(buttons)));
		}
		String name = contentType.endsWith("png") ? "image.png" : "image.jpg";
		parts.add("photo", new ByteArrayResource(data) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return answer(() -> this.http.post()
			.uri(this.base + "sendPhoto")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.exchange((request, response) -> response.getBody().readAllBytes())).path("message_id").asLong();
	}

	void answerCallbackQuery(String callbackQueryId) {
		call("answerCallbackQuery", Map.of("callback_query_id", callbackQueryId));
	}

	/** A file the user sent (a photo), by its file_id, at most {@code maxBytes}. */
	byte[] download(String fileId, int maxBytes) {
		JsonNode file = call("getFile", Map.of("file_id", fileId));
		if (file.path("file_size").asLong(0) > maxBytes) {
			throw new BotApiException(413, "file larger than " + maxBytes + " bytes", null);
		}
		try {
			return this.http.get().uri(this.files + file.path("file_path").asString()).exchange((request, response) -> {
				if (!response.getStatusCode().is2xxSuccessful()) {
					throw new BotApiException(response.getStatusCode().value(), "file download", null);
				}
				return response.getBody().readNBytes(maxBytes + 1);
			});
		}
		catch (ResourceAccessException ex) {
			throw new BotApiException(0, ex.getMessage(), null);
		}
	}

	void setWebhook(String url, String secret) {
		call("setWebhook",
				Map.of("url", url, "secret_token", secret, "allowed_updates", List.of("message", "callback_query")));
	}

	void deleteWebhook() {
		call("deleteWebhook", Map.of());
	}

	private static Map<String, Object> keyboard(List<String> buttons) {
		List<List<Map<String, String>>> rows = new ArrayList<>();
		for (int i = 0; i < buttons.size(); i++) {
			rows.add(List.of(Map.of("text", buttons.get(i), "callback_data", "a:" + i)));
		}
		return Map.of("inline_keyboard", rows);
	}

	private JsonNode call(String method, Map<String, ?> body) {
		return answer(() -> this.http.post()
			.uri(this.base + method)
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.mapper.writeValueAsBytes(body))
			.exchange((request, response) -> response.getBody().readAllBytes()));
	}

	private JsonNode answer(java.util.function.Supplier<byte[]> exchange) {
		byte[] raw;
		try {
			raw = exchange.get();
		}
		catch (ResourceAccessException ex) {
			throw new BotApiException(0, ex.getMessage(), null);
		}
		JsonNode answer;
		try {
			answer = this.mapper.readTree(raw);
		}
		catch (RuntimeException ex) {
			throw new BotApiException(0, "not JSON: " + ex.getMessage(), null);
		}
		if (!answer.path("ok").asBoolean(false)) {
			JsonNode wait = answer.path("parameters").path("retry_after");
			throw new BotApiException(answer.path("error_code").asInt(0), answer.path("description").asString(""),
					wait.isNumber() ? Duration.ofSeconds(wait.asLong()) : null);
		}
		return answer.path("result");
	}

}
