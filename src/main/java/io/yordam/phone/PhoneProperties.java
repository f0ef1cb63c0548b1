package io.yordam.phone;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The phone channel's settings.
 *
 * @param ctiSecret the CTI webhook's HMAC secret (at least 16 characters); without one
 * the webhook answers 404
 * @param tolerance how far a signature's time may be from now: older events are replays
 * @param ami Asterisk's Manager Interface, read when a host is given
 */
@ConfigurationProperties("yordam.phone")
record PhoneProperties(@DefaultValue("false") boolean enabled, @DefaultValue("") String ctiSecret,
		@DefaultValue("PT5M") Duration tolerance, @DefaultValue Ami ami) {

	PhoneProperties {
		if (!ctiSecret.isBlank() && ctiSecret.length() < 16) {
			throw new IllegalArgumentException("yordam.phone.cti-secret needs at least 16 characters");
		}
	}

	/**
	 * @param host the Asterisk server; empty: no AMI connection
	 * @param customersContext the dialplan context calls to the customers and partners'
	 * line arrive in
	 * @param couriersContext the context of the couriers' line; calls in any other
	 * context (agents calling out, internal calls) are not support's
	 */
	record Ami(@DefaultValue("") String host, @DefaultValue("5038") int port, @DefaultValue("") String username,
			@DefaultValue("") String password, @DefaultValue("customers") String customersContext,
			@DefaultValue("couriers") String couriersContext) {
	}

}
