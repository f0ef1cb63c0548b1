package io.yordam.customers;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;

/**
 * What support knows about a person, merged from everything they did. One profile per
 * role and id: a courier whose id equals a customer's is a person of their own.
 */
@Entity
@Table(name = "customer_profiles")
@IdClass(CustomerProfile.Key.class)
class CustomerProfile {

	@Id
	@Enumerated(EnumType.STRING)
	private PlatformRole role;

	@Id
	private String id;

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

	CustomerProfile(Participant who, String name, Instant firstSeenAt) {
		this.role = who.role();
		this.id = who.id();
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
		return new CustomerView(this.id, this.role.name().toLowerCase(java.util.Locale.ROOT), this.name, this.phone,
				this.locale, this.city, this.firstSeenAt, this.lastOrderAt, this.ordersCount, this.ticketsCount);
	}

	@Override
	public String toString() {
		return "CustomerProfile[" + this.role + " " + this.id + "]";
	}

	static Key key(Participant who) {
		return new Key(who.role(), who.id());
	}

	/** The profile's key: role and id. */
	static class Key implements java.io.Serializable {

		private PlatformRole role;

		private String id;

		protected Key() {
		}

		Key(PlatformRole role, String id) {
			this.role = role;
			this.id = id;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.role == key.role && java.util.Objects.equals(this.id, key.id);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.role, this.id);
		}

	}

}
