package io.yordam.phone;

import io.micrometer.core.instrument.MeterRegistry;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.event.ManagerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import io.yordam.common.ConflictRetry;

/**
 * The connection to Asterisk's Manager Interface: logs in with events on and hands each
 * call event to the same intake as the CTI webhook. asterisk-java reconnects by itself
 * once logged in; a first login that fails is tried again by {@link #check} every 10
 * seconds, so that Yordam starts whether or not the PBX is up. An event the intake
 * refuses is logged and counted, and the connection goes on.
 */
class AmiAdapter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AmiAdapter.class);

	private final ManagerConnection connection;

	private final AmiCalls calls;

	private final CallIntake intake;

	private final ConflictRetry retry;

	private final MeterRegistry meters;

	private volatile boolean running;

	AmiAdapter(PhoneProperties.Ami settings, AmiCalls calls, CallIntake intake, ConflictRetry retry,
			MeterRegistry meters) {
		this.connection = new ManagerConnectionFactory(settings.host(), settings.port(), settings.username(),
				settings.password())
			.createManagerConnection();
		this.calls = calls;
		this.intake = intake;
		this.retry = retry;
		this.meters = meters;
		this.connection.addEventListener(this::on);
	}

	void on(ManagerEvent event) {
		for (CtiEvent call : this.calls.read(event)) {
			try {
				CallIntake.Outcome outcome = this.retry.again(() -> this.intake.take(call));
				this.meters.counter("yordam.phone.ami.events", "outcome", outcome.name().toLowerCase()).increment();
			}
			catch (RuntimeException ex) {
				this.meters.counter("yordam.phone.ami.events", "outcome", "failed").increment();
				log.warn("AMI call event {} could not be taken: {}", call.eventId(), ex.toString());
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		Thread.ofVirtual().name("ami-login").start(this::check);
	}

	/** Logs in unless connected: at start, and again while the PBX was not there. */
	@org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT10S")
	void check() {
		if (!this.running || this.connection.getState() == ManagerConnectionState.CONNECTED
				|| this.connection.getState() == ManagerConnectionState.CONNECTING
				|| this.connection.getState() == ManagerConnectionState.RECONNECTING) {
			return;
		}
		try {
			this.connection.login("on");
			log.info("AMI connected to the PBX");
		}
		catch (Exception ex) {
			this.meters.counter("yordam.phone.ami.login.failures").increment();
			log.warn("AMI login to the PBX failed, trying again shortly: {}", ex.toString());
		}
	}

	boolean connected() {
		return this.connection.getState() == ManagerConnectionState.CONNECTED;
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.connection.getState() == ManagerConnectionState.CONNECTED) {
			this.connection.logoff();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
