package io.yordam.telegram;

import java.util.List;

import io.yordam.push.DeviceKind;
import io.yordam.push.PushDevice;
import io.yordam.push.PushMessage;
import io.yordam.push.PushResult;
import io.yordam.push.PushTransport;

/**
 * Notices to a customer's linked Telegram chat: the title on the first line, the text
 * below, in the customer's language as decided. The push module's deliveries give each
 * notice to each chat once, with their retries; Telegram's answer decides: a chat that
 * blocked the bot or is gone (403, "chat not found") is forgotten, flood control (429) is
 * waited out for exactly its retry_after, other refusals are final.
 */
class TelegramNoticeTransport implements PushTransport {

	private final BotApi api;

	TelegramNoticeTransport(BotApi api) {
		this.api = api;
	}

	@Override
	public DeviceKind kind() {
		return DeviceKind.TELEGRAM;
	}

	@Override
	public PushResult send(PushDevice device, PushMessage message) {
		try {
			this.api.sendMessage(Long.parseLong(device.address()), text(message), List.of());
			return new PushResult.Sent();
		}
		catch (BotApiException ex) {
			if (ex.errorCode() == 403 || (ex.errorCode() == 400 && ex.getMessage().contains("chat not found"))) {
				return new PushResult.Gone(ex.getMessage());
			}
			if (ex.retryAfter() != null) {
				return new PushResult.Later(ex.getMessage(), ex.retryAfter());
			}
			return ex.final_() ? new PushResult.Refused(ex.getMessage()) : new PushResult.Later(ex.getMessage(), null);
		}
	}

	static String text(PushMessage message) {
		return "🔔 " + message.title() + "\n" + message.body();
	}

}
