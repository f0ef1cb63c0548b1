package io.yordam.demo;

import java.io.IOException;
import java.util.Base64;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.yordam.common.InvalidInputException;

/**
 * A demo customer's Telegram app: write to the support bot, tap its buttons, share the
 * phone, send a photo, or open the app's "continue in Telegram" link. Everything goes
 * through {@link DemoTelegramServer}, which the channel polls as it would poll Telegram.
 */
@Controller
@ConditionalOnProperty("yordam.demo.telegram.port")
class DemoTelegramPage {

	private final DemoWorld world;

	private final DemoTelegramServer telegram;

	private final YordamClient yordam;

	DemoTelegramPage(DemoWorld world, DemoTelegramServer telegram, YordamClient yordam) {
		this.world = world;
		this.telegram = telegram;
		this.yordam = yordam;
	}

	/** One message as the page shows it (a photo as a data URL). */
	record Line(long messageId, boolean fromBot, String text, List<DemoTelegramServer.Button> buttons, String photo,
			String askButton) {
	}

	/** Each featured customer has a Telegram account of their own. */
	static long chatOf(DemoWorld.Customer customer) {
		return 7_700_000_000L + Long.parseLong("0" + customer.id().replaceAll("\\D", ""));
	}

	/**
	 * The page, or, with {@code start}, the Telegram app opening the app's deep link (it
	 * sends /start with the token), then the page.
	 */
	@GetMapping("/demo/telegram")
	String page(@RequestParam(required = false) String customer, @RequestParam(required = false) String start,
			Model model, RedirectAttributes redirect) {
		DemoWorld.Customer who = who(customer);
		if (start != null && start.matches("[A-Za-z0-9_-]{1,64}")) {
			this.telegram.userSends(chatOf(who), firstName(who), who.locale(), "/start " + start);
			return back(who, redirect);
		}
		model.addAttribute("customers", this.world.featured());
		model.addAttribute("who", who);
		model.addAttribute("bot", DemoTelegramEnvironment.BOT);
		model.addAttribute("lines", lines(who));
		return "demo/telegram";
	}

	@GetMapping("/demo/telegram/chat")
	String chat(@RequestParam String customer, Model model) {
		DemoWorld.Customer who = who(customer);
		model.addAttribute("who", who);
		model.addAttribute("lines", lines(who));
		return "demo/telegram :: chat";
	}

	@PostMapping("/demo/telegram/send")
	String send(@RequestParam String customer, @RequestParam(defaultValue = "") String text,
			RedirectAttributes redirect) {
		DemoWorld.Customer who = known(customer);
		if (text.isBlank()) {
			throw new InvalidInputException("text", "required", "Write something");
		}
		this.telegram.userSends(chatOf(who), firstName(who), who.locale(), text.strip());
		return back(who, redirect);
	}

	@PostMapping("/demo/telegram/start")
	String start(@RequestParam String customer, RedirectAttributes redirect) {
		DemoWorld.Customer who = known(customer);
		this.telegram.userSends(chatOf(who), firstName(who), who.locale(), "/start");
		return back(who, redirect);
	}

	/** The app's "continue in Telegram": its deep link opens the bot with /start. */
	@PostMapping("/demo/telegram/link")
	String link(@RequestParam String customer, RedirectAttributes redirect) {
		DemoWorld.Customer who = known(customer);
		String token = this.yordam.telegramLinkToken(who);
		this.telegram.userSends(chatOf(who), firstName(who), who.locale(), "/start " + token);
		return back(who, redirect);
	}

	@PostMapping("/demo/telegram/phone")
	String phone(@RequestParam String customer, RedirectAttributes redirect) {
		DemoWorld.Customer who = known(customer);
		this.telegram.userSharesContact(chatOf(who), firstName(who), who.locale(), who.phone(), true);
		return back(who, redirect);
	}

	@PostMapping("/demo/telegram/tap")
	String tap(@RequestParam String customer, @RequestParam long messageId, @RequestParam String data,
			RedirectAttributes redirect) {
		DemoWorld.Customer who = known(customer);
		this.telegram.userTaps(chatOf(who), firstName(who), who.locale(), messageId, data);
		return back(who, redirect);
	}

	@PostMapping("/demo/telegram/photo")
	String photo(@RequestParam String customer, @RequestParam MultipartFile photo,
			@RequestParam(defaultValue = "") String caption, RedirectAttributes redirect) throws IOException {
		DemoWorld.Customer who = known(customer);
		if (photo.isEmpty()) {
			throw new InvalidInputException("photo", "required", "Choose a photo");
		}
		this.telegram.userSendsPhoto(chatOf(who), firstName(who), who.locale(), photo.getBytes(),
				caption.isBlank() ? null : caption.strip());
		return back(who, redirect);
	}

	private List<Line> lines(DemoWorld.Customer who) {
		return this.telegram.chat(chatOf(who))
			.stream()
			.map(e -> new Line(e.messageId(), e.fromBot(), shown(e), e.buttons(),
					(e.photo() == null || e.photo().length == 0) ? null
							: "data:image/png;base64," + Base64.getEncoder().encodeToString(e.photo()),
					e.askButton()))
			.toList();
	}

	/** As Telegram shows it: a deep link's /start without its token. */
	private static String shown(DemoTelegramServer.Entry entry) {
		return (!entry.fromBot() && entry.text() != null && entry.text().startsWith("/start ")) ? "/start"
				: entry.text();
	}

	private DemoWorld.Customer who(String customer) {
		List<DemoWorld.Customer> featured = this.world.featured();
		return featured.stream().filter(c -> c.id().equals(customer)).findFirst().orElse(featured.get(0));
	}

	private DemoWorld.Customer known(String customer) {
		return this.world.customer(customer)
			.orElseThrow(() -> new InvalidInputException("customer", "known-customer", "No such demo customer"));
	}

	private static String firstName(DemoWorld.Customer who) {
		return who.name().split(" ")[0];
	}

	private static String back(DemoWorld.Customer who, RedirectAttributes redirect) {
		redirect.addAttribute("customer", who.id());
		return "redirect:/demo/telegram";
	}

}
