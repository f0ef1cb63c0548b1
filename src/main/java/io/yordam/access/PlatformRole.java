package io.yordam.access;

/**
 * Who writes to support from the platform's apps. Couriers have a support line of their
 * own.
 */
public enum PlatformRole {

	CUSTOMER, COURIER, PARTNER;

	public String authority() {
		return "ROLE_" + name();
	}

	public static PlatformRole fromClaim(String claim) {
		if (claim == null) {
			throw new IllegalArgumentException("role claim missing");
		}
		return valueOf(claim.trim().toUpperCase(java.util.Locale.ROOT));
	}

}
