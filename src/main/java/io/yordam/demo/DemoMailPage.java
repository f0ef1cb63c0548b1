package io.yordam.demo;

import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.email.EmailContacts;

/**
 * A demo customer's mail program: write to support by mail (or answer support's mail),
 * and read what support sent back. Each featured customer has an address of their own,
 * linked to them on their first mail, so their mail joins their history.
 */
@Controller
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("yordam.demo.mail.imap-port")
class DemoMailPage {

	private final DemoWorld world;

	private final DemoMailServer mail;

	private final ObjectProvider<EmailContacts> contacts;

	DemoMailPage(DemoWorld world, DemoMailServer mail, ObjectProvider<EmailContacts> contacts) {
		this.world = world;
		this.mail = mail;
		this.contacts = contacts;
	}

	static String addressOf(DemoWorld.Customer customer) {
		return customer.id().toLowerCase(Locale.ROOT) + "@tezkor.demo";
	}

	@GetMapping("/demo/mail")
	String page(@RequestParam(required = false) String customer, @RequestParam(required = false) String reply,
			Model model) throws MessagingException {
		List<DemoWorld.Customer> featured = this.world.featured();
		DemoWorld.Customer who = featured.stream()
			.filter(c -> c.id().equals(customer))
			.findFirst()
			.orElse(featured.get(0));
		List<DemoMailServer.Mail> inbox = this.mail.inboxOf(addressOf(who));
		DemoMailServer.Mail answering = inbox.stream()
			.filter(m -> m.messageId().equals(reply))
			.findFirst()
			.orElse(null);
		model.addAttribute("customers", featured);
		model.addAttribute("who", who);
		model.addAttribute("address", addressOf(who));
		model.addAttribute("support", DemoMailEnvironment.ADDRESS);
		model.addAttribute("inbox", inbox);
		model.addAttribute("answering", answering);
		return "demo/mail";
	}

	@PostMapping("/demo/mail")
	String send(@RequestParam String customer, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String text, @RequestParam(required = false) String inReplyTo,
			RedirectAttributes redirect) throws MessagingException {
		DemoWorld.Customer who = this.world.customer(customer)
			.orElseThrow(() -> new io.yordam.common.InvalidInputException("customer", "known-customer",
					"No such demo customer"));
		if (text.isBlank()) {
			throw new io.yordam.common.InvalidInputException("text", "required", "Write something");
		}
		String address = addressOf(who);
		EmailContacts linked = this.contacts.getIfAvailable();
		if (linked != null) {
			linked.link(address, new PlatformUser(who.id(), PlatformRole.CUSTOMER, who.name(), who.locale()));
		}
		this.mail.send(address, who.name(), subject.isBlank() ? "—" : subject.strip(), text.strip(), inReplyTo);
		redirect.addAttribute("customer", who.id());
		redirect.addFlashAttribute("sent", true);
		return "redirect:/demo/mail";
	}

}
