package io.yordam.phone;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;
import io.yordam.access.PlatformUser;
import io.yordam.customers.CustomerView;
import io.yordam.customers.Customers;
import io.yordam.orders.OrderView;
import io.yordam.orders.Orders;

/**
 * Who a number is. The orders say first: on the couriers' line a courier whose orders
 * carry the number, then a customer; on the other line the other way round. Then a number
 * linked by hand (a partner's), and last a contact of its own, created on the first call
 * ({@code phone-…}, a courier on the couriers' line, else a customer), so that the next
 * call from it is the same participant with the same history.
 */
final class Callers {

	private final Orders orders;

	private final Customers customers;

	private final JdbcClient jdbc;

	private final Clock clock;

	Callers(Orders orders, Customers customers, JdbcClient jdbc, Clock clock) {
		this.orders = orders;
		this.customers = customers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Caller identify(String digits, CtiEvent.Line line) {
		Supplier<Optional<PlatformUser>> courier = () -> this.orders.couriersByPhone(digits)
			.stream()
			.findFirst()
			.map(this::courier);
		Supplier<Optional<PlatformUser>> customer = () -> this.orders.customersByPhone(digits)
			.stream()
			.findFirst()
			.map(this::customer);
		Optional<PlatformUser> known = (line == CtiEvent.Line.COURIERS) ? courier.get().or(customer)
				: customer.get().or(courier);
		PlatformUser who = known.or(() -> linked(digits)).orElseGet(() -> newContact(digits, line));
		return new Caller(who, digits);
	}

	/** Links a number to a participant (a partner's phone, the demo's callers). */
	void link(String digits, PlatformUser who) {
		this.jdbc.sql("delete from phone_contacts where digits = :digits").param("digits", digits).update();
		insert(digits, who);
	}

	private PlatformUser courier(String id) {
		String name = this.orders.recentOfCourier(id, 1).stream().findFirst().map(OrderView::courierName).orElse(id);
		return new PlatformUser(id, PlatformRole.COURIER, name, "ru");
	}

	private PlatformUser customer(String id) {
		Optional<CustomerView> profile = this.customers.profile(Participant.customer(id));
		String name = profile.map(CustomerView::name)
			.or(() -> this.orders.recentOf(id, 1).stream().findFirst().map(OrderView::customerName))
			.orElse(id);
		return new PlatformUser(id, PlatformRole.CUSTOMER, name, profile.map(CustomerView::locale).orElse("ru"));
	}

	private Optional<PlatformUser> linked(String digits) {
		return this.jdbc
			.sql("select participant_role, participant_id, display_name, locale from phone_contacts where digits = :d")
			.param("d", digits)
			.query((rs, row) -> new PlatformUser(rs.getString(2), PlatformRole.valueOf(rs.getString(1)),
					rs.getString(3), rs.getString(4)))
			.optional();
	}

	private PlatformUser newContact(String digits, CtiEvent.Line line) {
		// Two calls of a new number at once: the second insert is refused by the key, and
		// its retry finds the first contact.
		PlatformRole role = (line == CtiEvent.Line.COURIERS) ? PlatformRole.COURIER : PlatformRole.CUSTOMER;
		insert(digits, new PlatformUser("phone-" + digits, role, PhoneNumbers.display(digits), "ru"));
		return linked(digits).orElseThrow();
	}

	private void insert(String digits, PlatformUser who) {
		this.jdbc.sql("""
				insert into phone_contacts (digits, participant_role, participant_id, display_name, locale, created_at)
				values (:digits, :role, :id, :name, :locale, :now)""")
			.param("digits", digits)
			.param("role", who.role().name())
			.param("id", who.id())
			.param("name", who.name())
			.param("locale", who.locale())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

}
