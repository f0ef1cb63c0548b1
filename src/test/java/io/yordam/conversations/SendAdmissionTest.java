package io.yordam.conversations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import io.yordam.support.Parallel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admission policy alone: a hard limit under a race, and the backlog's veto. */
class SendAdmissionTest {

	final AtomicInteger backlog = new AtomicInteger();

	final SendAdmission admission = new SendAdmission(new AdmissionProperties(5, 100, Duration.ofMillis(1500)),
			this.backlog::get);

	@Test
	void ahundredRacingSendsGetExactlyTheLimitOfPermits() throws Exception {
		List<Callable<SendAdmission.Permit>> racers = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			racers.add(() -> {
				try {
					return this.admission.enter();
				}
				catch (SendAdmission.Shed shed) {
					return null;
				}
			});
		}

		List<SendAdmission.Permit> permits = Parallel.all(racers);

		assertThat(permits.stream().filter(p -> p != null)).hasSize(5);
		assertThat(this.admission.inFlight()).isEqualTo(5);
		assertThat(this.admission.shedSoFar()).isEqualTo(95);
		permits.stream().filter(p -> p != null).forEach(SendAdmission.Permit::close);
		assertThat(this.admission.inFlight()).isZero();
	}

	@Test
	void aPermitClosedTwiceIsGivenBackOnce() {
		SendAdmission.Permit permit = this.admission.enter();
		permit.close();
		permit.close();
		assertThat(this.admission.inFlight()).isZero();
		List<SendAdmission.Permit> five = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			five.add(this.admission.enter());
		}
		assertThatThrownBy(this.admission::enter).isInstanceOf(SendAdmission.Shed.class);
	}

	@Test
	void aPiledUpBacklogShedsSendsUntilItDrains() {
		this.backlog.set(101);
		assertThatThrownBy(this.admission::enter).isInstanceOf(SendAdmission.Shed.class)
			.satisfies(e -> assertThat(((SendAdmission.Shed) e).retryAfterSeconds()).isEqualTo(2));
		assertThat(this.admission.inFlight()).as("a shed send holds no permit").isZero();
		this.backlog.set(100);
		try (SendAdmission.Permit permit = this.admission.enter()) {
			assertThat(this.admission.inFlight()).isEqualTo(1);
		}
		assertThat(this.admission.inFlight()).isZero();
	}

	@Test
	void nonsenseSettingsAreRefusedAtStart() {
		assertThatThrownBy(() -> new AdmissionProperties(0, 10, Duration.ofSeconds(1)))
			.hasMessageContaining("max-in-flight");
		assertThatThrownBy(() -> new AdmissionProperties(4, 10, Duration.ZERO)).hasMessageContaining("retry-after");
	}

}
