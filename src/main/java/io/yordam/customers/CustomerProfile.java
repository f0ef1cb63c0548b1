package io.yordam.customers;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What support knows about a person, merged from everything they did. */
@Entity
@Table(name = "customer_profiles")
class CustomerProfile {

	@Id
	private String id;

	private String role;

	private String name;

	private String phone;

	private String locale;

	private String city;

	private Instant firstSeenAt;

	private Instant lastOrderAt;

	private int ordersCount;

	private int ticketsCount;

	@Version
	private long version;

	protected CustomerProfile() {
	}

	CustomerProfile(String id, String role, String name, Instant firstSeenAt) {
		this.id = id;
		this.role = role;
		this.name = name;
		this.firstSeenAt = firstSeenAt;
	}

	void orderSeen(String name, String phone, String locale, String city, Instant orderCreatedAt, boolean newOrder) {
		this.name = name;
		if (phone != null) {
			this.phone = phone;
		}
		if (locale != null) {
			this.locale = locale;
		}
		this.city = city;
		if (this.lastOrderAt == null || orderCreatedAt.isAfter(this.lastOrderAt)) {
			this.lastOrderAt = orderCreatedAt;
		}
		if (newOrder) {
			this.ordersCount++;
		}
		if (orderCreatedAt.isBefore(this.firstSeenAt)) {
			this.firstSeenAt = orderCreatedAt;
		}
	}

	void introducedInChat(String name, String locale) {
		if (this.name == null || this.name.isBlank() || this.name.equals(this.id)) {
			this.name = name;
		}
		if (this.locale == null) {
			this.locale = locale;
		}
	}

	void ticketOpened() {
		this.ticketsCount++;
	}

	CustomerView view() {
		return new CustomerView(this.id, this.role, this.name, this.phone, this.locale, this.city, this.firstSeenAt,
				this.lastOrderAt, this.ordersCount, this.ticketsCount);
	}

	@Override
	public String toString() {
		return "CustomerProfile[" + this.id + "]";
	}

}
