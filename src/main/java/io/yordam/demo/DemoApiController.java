package io.yordam.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformTokens;
import io.yordam.access.PlatformUser;
import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;
import io.yordam.common.RuleViolationException;
import io.yordam.demo.DemoWorld.Customer;
import io.yordam.orders.OrderStatus;
import io.yordam.orders.PaymentMethod;
import io.yordam.orders.PaymentStatus;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClientException;

/**
 * What the demo app (and the end-to-end tests) need from the demo platform: whom to play,
 * a token for them as the platform would issue it, their orders, a new order, and what
 * support asked the platform to do.
 */
@RestController
@ConditionalOnBooleanProperty("yordam.demo.enabled")
@Tag(name = "Demo", description = "The built-in demo delivery platform")
class DemoApiController {

	private final DemoWorld world;

	private final DemoOrderBook book;

	private final PlatformTokens tokens;

	private final PlatformActions actions;

	DemoApiController(DemoWorld world, DemoOrderBook book, PlatformTokens tokens, PlatformActions actions) {
		this.world = world;
		this.book = book;
		this.tokens = tokens;
		this.actions = actions;
	}

	@GetMapping("/demo/api/customers")
	@Operation(summary = "Demo customers to play, in several languages and cities")
	List<CustomerJson> customers() {
		return this.world.featured()
			.stream()
			.map(c -> new CustomerJson(c.id(), c.name(), c.locale(), c.city()))
			.toList();
	}

	@PostMapping("/demo/api/tokens")
	@Operation(summary = "A platform-signed token for a demo customer, courier or restaurant")
	TokenJson token(@Valid @RequestBody TokenRequest request) {
		PlatformUser user = user(request.userId());
		String token = this.tokens.issue(user, YordamClient.TOKEN_LIFETIME);
		return new TokenJson(token,
				new UserJson(user.id(), user.role().name().toLowerCase(Locale.ROOT), user.name(), user.locale()));
	}

	@GetMapping("/demo/api/customers/{id}/orders")
	@Operation(summary = "A demo customer's orders, newest first")
	List<OrderJson> orders(@PathVariable String id) {
		Customer customer = customer(id);
		return this.book.of(customer.id()).stream().map(OrderJson::of).toList();
	}

	@PostMapping("/demo/api/customers/{id}/orders")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Place an order for a demo customer now",
			description = "Answers once Yordam has taken the order.created event.")
	OrderJson place(@PathVariable String id) {
		return OrderJson.of(this.book.place(customer(id)).state());
	}

	@PostMapping("/demo/api/orders/{id}/late")
	@Operation(summary = "Make a demo order run late, as if it had been stuck",
			description = "Its promise moves the given minutes into the past (default 25) and the courier reports "
					+ "a new arrival time; answers once Yordam has taken the order.eta_changed event. 409 for a "
					+ "delivered or cancelled order.")
	OrderJson runLate(@PathVariable String id, @RequestParam(defaultValue = "25") int minutes) {
		if (minutes < 1 || minutes > 180) {
			throw new InvalidInputException("minutes", "range", "From 1 to 180");
		}
		this.book.find(id).orElseThrow(() -> new NotFoundException("demo order"));
		return this.book.runLate(id, Duration.ofMinutes(minutes))
			.map(OrderJson::of)
			.orElseThrow(
					() -> new RuleViolationException(409, "order-finished", "The order is delivered or cancelled"));
	}

	@GetMapping("/demo/api/platform/actions")
	@Operation(summary = "The actions support sent to the demo platform's webhook, oldest first")
	List<PlatformActions.ReceivedAction> actions() {
		return this.actions.received();
	}

	@ExceptionHandler(RestClientException.class)
	ResponseEntity<ProblemDetail> yordamUnreachable(RestClientException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
				"Yordam did not take the demo platform's event: " + ex.getMessage());
		problem.setTitle("Platform event not delivered");
		return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problem);
	}

	private Customer customer(String id) {
		return this.world.customer(id).orElseThrow(() -> new NotFoundException("demo customer"));
	}

	private PlatformUser user(String id) {
		return this.world.customer(id)
			.map(c -> new PlatformUser(c.id(), PlatformRole.CUSTOMER, c.name(), c.locale()))
			.or(() -> this.world.courier(id).map(c -> new PlatformUser(c.id(), PlatformRole.COURIER, c.name(), "uz")))
			.or(() -> this.world.restaurant(id)
				.map(r -> new PlatformUser(r.id(), PlatformRole.PARTNER, r.name(), "ru")))
			.orElseThrow(() -> new NotFoundException("demo user"));
	}

	record TokenRequest(@NotBlank @Size(max = 64) String userId) {
	}

	record TokenJson(String token, UserJson user) {
	}

	record UserJson(String id, String role, String name, String locale) {
	}

	record CustomerJson(String id, String name, String locale, String city) {
	}

	record ItemJson(String name, int quantity, long unitPrice) {
	}

	record OrderJson(String id, String number, OrderStatus status, String restaurant, String city, long total,
			long deliveryFee, String currency, PaymentMethod paymentMethod, PaymentStatus paymentStatus,
			Instant createdAt, Instant promisedAt, Instant eta, Instant deliveredAt, String courierName,
			List<ItemJson> items) {

		static OrderJson of(DemoOrder.State order) {
			return new OrderJson(order.id(), order.number(), order.status(), order.restaurant().name(), order.city(),
					order.total(), order.deliveryFee(), "UZS", order.paymentMethod(), order.paymentStatus(),
					order.createdAt(), order.promisedAt(), order.eta(), order.deliveredAt(),
					(order.courier() != null) ? order.courier().name() : null,
					order.items().stream().map(i -> new ItemJson(i.name(), i.quantity(), i.unitPrice())).toList());
		}

	}

}
