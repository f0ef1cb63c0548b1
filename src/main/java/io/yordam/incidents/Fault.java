package io.yordam.incidents;

/** Who was at fault, decided after the customer has been served. */
public enum Fault {

	RESTAURANT, COURIER, PLATFORM, CUSTOMER, FORCE_MAJEURE, UNKNOWN

}
