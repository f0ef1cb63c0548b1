package io.yordam.email;

import java.time.Duration;
import java.util.Properties;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * IMAP IDLE, where the server has it: a thread per node holds the mailbox open and, when
 * the server says mail arrived, moves the persisted mailbox timer to now, so the round
 * that takes the mail still runs on one node at a time (and the polling every
 * {@code poll-every} stays, for a server without IDLE and as the safety net). The
 * connection is made again after a failure, waiting from 1 s up to a minute; a server
 * without IDLE ends the thread with one log line.
 */
class MailboxWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailboxWatcher.class);

	private static final Duration MAX_WAIT = Duration.ofMinutes(1);

	private final EmailProperties.Imap imap;

	private final SchedulerClient scheduler;

	private final MeterRegistry meters;

	private final java.time.Clock clock;

	private volatile boolean running;

	private volatile Store store;

	private Thread thread;

	MailboxWatcher(EmailProperties properties, SchedulerClient scheduler, MeterRegistry meters, java.time.Clock clock) {
		this.imap = properties.imap();
		this.scheduler = scheduler;
		this.meters = meters;
		this.clock = clock;
	}

	@Override
	public synchronized void start() {
		if (!this.imap.configured() || !this.imap.idle()) {
			return;
		}
		this.running = true;
		this.thread = Thread.ofPlatform().daemon().name("email-idle").start(this::watch);
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		Store open = this.store;
		if (open != null) {
			try {
				open.close();
			}
			catch (MessagingException ex) {
				// Closing only wakes the thread up.
			}
		}
		if (this.thread != null) {
			this.thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void watch() {
		Duration wait = Duration.ofSeconds(1);
		while (this.running) {
			try {
				if (!idleUntilItFails()) {
					return;
				}
				wait = Duration.ofSeconds(1);
			}
			catch (MessagingException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				this.meters.counter("yordam.email.idle.failures").increment();
				log.warn("IMAP IDLE on {}:{} stopped ({}); connecting again in {} s", this.imap.host(),
						this.imap.port(), ex.toString(), wait.toSeconds());
			}
			try {
				Thread.sleep(wait);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
		}
	}

	/**
	 * @return false when the server has no IDLE: polling alone then
	 */
	private boolean idleUntilItFails() throws MessagingException {
		String protocol = this.imap.ssl() ? "imaps" : "imap";
		Properties settings = new Properties();
		settings.put("mail." + protocol + ".connectiontimeout", "10000");
		Store connected = Session.getInstance(settings).getStore(protocol);
		this.store = connected;
		try {
			connected.connect(this.imap.host(), this.imap.port(), this.imap.username(), this.imap.password());
			if (!((IMAPStore) connected).hasCapability("IDLE")) {
				log.info("The support mailbox has no IMAP IDLE: it is read every poll-every");
				return false;
			}
			IMAPFolder folder = (IMAPFolder) connected.getFolder(this.imap.folder());
			folder.open(Folder.READ_ONLY);
			folder.addMessageCountListener(new MessageCountAdapter() {
				@Override
				public void messagesAdded(MessageCountEvent event) {
					mailArrived();
				}
			});
			// Mail that came while this node was not idling.
			mailArrived();
			while (this.running) {
				folder.idle();
			}
			return true;
		}
		finally {
			this.store = null;
			if (connected.isConnected()) {
				connected.close();
			}
		}
	}

	/**
	 * Moves the mailbox round to now. A round running at this very moment may have read
	 * the mailbox before this mail came, and its end puts the next round an interval
	 * away: so the move is tried again (for up to 30 s) until that round has ended.
	 */
	private void mailArrived() {
		this.meters.counter("yordam.email.idle.wakeups").increment();
		TaskInstanceId round = TaskInstanceId.of(EmailConfiguration.MAILBOX, "recurring");
		for (int attempt = 0; attempt < 60 && this.running; attempt++) {
			try {
				this.scheduler.reschedule(round, this.clock.instant());
				return;
			}
			catch (com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException ex) {
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			catch (RuntimeException ex) {
				// Not scheduled yet (the node is starting): its first round reads the
				// mail.
				log.debug("The mailbox round was not moved: {}", ex.toString());
				return;
			}
		}
	}

}
