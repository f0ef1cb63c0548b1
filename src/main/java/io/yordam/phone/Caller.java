package io.yordam.phone;

import io.yordam.access.PlatformUser;

/**
 * Who is calling: a customer, a courier or a partner the number belongs to, or a contact
 * of its own for a number nobody knows.
 */
record Caller(PlatformUser who, String digits) {

	@Override
	public String toString() {
		return "Caller[" + this.who + "]";
	}

}
