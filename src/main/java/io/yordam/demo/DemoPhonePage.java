package io.yordam.demo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.yordam.access.Operators;
import io.yordam.common.InvalidInputException;
import io.yordam.phone.PhoneExtensions;

/**
 * The demo's PBX as a page: call support as a demo customer (the customers and partners'
 * line) or courier (the couriers' line), and play what happens to the call — an agent
 * answers at their extension and the caller hangs up, or nobody answers and the caller
 * leaves a voicemail. The demo's agents have extensions 101 (agent) and 102 (agent2).
 */
@Controller
@ConditionalOnProperty("yordam.demo.phone.cti-secret")
class DemoPhonePage {

	static final List<String[]> EXTENSIONS = List.of(new String[] { "101", "agent" }, new String[] { "102", "agent2" });

	private final DemoWorld world;

	private final DemoOrderBook book;

	private final DemoPbx pbx;

	private final PhoneExtensions extensions;

	private final Operators operators;

	private final YordamClient yordam;

	DemoPhonePage(DemoWorld world, DemoOrderBook book, YordamClient yordam, PhoneExtensions extensions,
			Operators operators, tools.jackson.databind.ObjectMapper mapper,
			@Value("${yordam.demo.phone.cti-secret}") String secret, java.time.Clock clock) {
		this.world = world;
		this.book = book;
		this.extensions = extensions;
		this.operators = operators;
		this.yordam = yordam;
		this.pbx = new DemoPbx(yordam, mapper, secret, clock);
	}

	/** A demo caller: who, their phone, and the line they call. */
	record Caller(String key, String name, String phone, String line, String order) {
	}

	@GetMapping("/demo/phone")
	String page(@RequestParam(required = false) String call, Model model) {
		giveTheAgentsExtensions();
		model.addAttribute("callers", callers());
		model.addAttribute("call", this.pbx.find(call).orElse(null));
		model.addAttribute("extensions", EXTENSIONS);
		return "demo/phone";
	}

	@PostMapping("/demo/phone/calls")
	String ring(@RequestParam String caller, @RequestParam(defaultValue = "") String extension,
			RedirectAttributes redirect) {
		Caller who = callers().stream()
			.filter(c -> c.key().equals(caller))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("caller", "known-caller", "No such demo caller"));
		redirect.addAttribute("call", this.pbx.ring(who.name(), who.phone(), who.line(), extension).id());
		return "redirect:/demo/phone";
	}

	@PostMapping("/demo/phone/calls/{id}")
	String act(@org.springframework.web.bind.annotation.PathVariable String id, @RequestParam String action,
			@RequestParam(defaultValue = "101") String extension, RedirectAttributes redirect) {
		this.pbx.find(id).orElseThrow(() -> new InvalidInputException("call", "known-call", "No such call"));
		switch (action) {
			case "answer" -> this.pbx.answer(id, extension);
			case "hangup" -> this.pbx.hangUp(id);
			case "miss" -> this.pbx.miss(id);
			case "voicemail" -> this.pbx.voicemail(id);
			default -> throw new InvalidInputException("action", "one-of", "answer, hangup, miss or voicemail");
		}
		redirect.addAttribute("call", id);
		return "redirect:/demo/phone";
	}

	/** A courier takes an order now, so that there is one to call about. */
	@PostMapping("/demo/phone/courier-order")
	String courierOrder(@RequestParam String courier, RedirectAttributes redirect) {
		DemoWorld.Courier who = this.world.courier(courier)
			.orElseThrow(() -> new InvalidInputException("courier", "known-courier", "No such demo courier"));
		DemoWorld.Customer customer = this.world.featured().getFirst();
		DemoOrder order = this.book.place(customer);
		order.assignCourier(who);
		this.yordam.post(new PlatformEvent(PlatformEvent.COURIER_ASSIGNED, order.state().createdAt(), order.state()));
		return "redirect:/demo/phone";
	}

	private List<Caller> callers() {
		List<Caller> callers = new ArrayList<>();
		this.world.featured()
			.forEach(c -> callers.add(new Caller("customer:" + c.id(), c.name(), c.phone(), "customers", null)));
		this.world.couriers().stream().limit(8).forEach(k -> {
			String order = this.book.active()
				.stream()
				.filter(o -> o.state().courier() != null && o.state().courier().id().equals(k.id()))
				.map(o -> o.state().number())
				.findFirst()
				.orElse(null);
			callers.add(new Caller("courier:" + k.id(), k.name(), k.phone(), "couriers", order));
		});
		return callers;
	}

	private void giveTheAgentsExtensions() {
		for (String[] extension : EXTENSIONS) {
			this.operators.find(extension[1])
				.filter(agent -> this.extensions.of(agent.id()).isEmpty())
				.ifPresent(agent -> this.extensions.assign(agent.id(), extension[0]));
		}
	}

}
