package io.yordam.incidents;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which department hears about a fault, alone, for every fault and type. */
class DepartmentTests {

	@Test
	void theRestaurantAndTheCourierOwnTheirFaultsWhateverTheIncident() {
		for (IncidentType type : IncidentType.values()) {
			assertThat(Department.owning(Fault.RESTAURANT, type)).contains(Department.RESTAURANT_QUALITY);
			assertThat(Department.owning(Fault.COURIER, type)).contains(Department.COURIER_OPERATIONS);
		}
	}

	@Test
	void aDeclinedCardIsPaymentsBusinessWhoeverCausedIt() {
		assertThat(Department.owning(Fault.PLATFORM, IncidentType.UNPAID_ORDER)).contains(Department.PAYMENTS);
		assertThat(Department.owning(Fault.CUSTOMER, IncidentType.UNPAID_ORDER)).contains(Department.PAYMENTS);
		assertThat(Department.owning(Fault.PLATFORM, IncidentType.LATE_DELIVERY))
			.contains(Department.PLATFORM_OPERATIONS);
	}

	@Test
	void nobodyHearsOfTheCustomersOwnDoingForceMajeureOrAnUnknownCause() {
		for (IncidentType type : IncidentType.values()) {
			for (Fault fault : new Fault[] { Fault.FORCE_MAJEURE, Fault.UNKNOWN }) {
				assertThat(Department.owning(fault, type)).isEqualTo(Optional.empty());
			}
			if (type != IncidentType.UNPAID_ORDER) {
				assertThat(Department.owning(Fault.CUSTOMER, type)).isEmpty();
			}
		}
	}

}
