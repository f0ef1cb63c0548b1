package io.yordam.incidents;

/** The incidents support has a playbook for. */
public enum IncidentType {

	LATE_DELIVERY, DAMAGED_ORDER, INCOMPLETE_ORDER, WRONG_ORDER, UNPAID_ORDER, CANCELLATION, FOOD_QUALITY

}
