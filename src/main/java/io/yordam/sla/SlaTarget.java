package io.yordam.sla;

/** What a service level promises: the first answer, each next answer, the solution. */
public enum SlaTarget {

	FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION

}
