package io.yordam.incidents;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who was at fault for an incident, what happened, and who said so. */
@Embeddable
record FaultFinding(@Enumerated(EnumType.STRING) Fault fault, String faultNote, String faultBy) {

	static final FaultFinding NONE = new FaultFinding(null, null, null);

}
