package io.yordam.push;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.yordam.access.Participant;
import io.yordam.common.ConflictRetry;

/**
 * The devices customers registered, for the transports' registration doors. A device is
 * its address (an endpoint, a token): registering it again is idempotent, and if another
 * participant registers it (another customer signed in on the same browser or phone), it
 * becomes theirs: a device pushes to whoever uses it now. Removing is only ever one's
 * own.
 */
public class PushDevices {

	private final JdbcClient jdbc;

	private final ConflictRetry retry;

	private final Clock clock;

	PushDevices(JdbcClient jdbc, ConflictRetry retry, Clock clock) {
		this.jdbc = jdbc;
		this.retry = retry;
		this.clock = clock;
	}

	/** The device's id; the same id for the same address, however often it is sent. */
	public UUID register(Participant who, DeviceKind kind, String address, String p256dh, String auth) {
		return this.retry.call(() -> {
			Timestamp now = Timestamp.from(this.clock.instant());
			UUID fresh = UUID.randomUUID();
			this.jdbc.sql("""
					insert into push_devices (id, participant_role, participant_id, kind, address, p256dh, auth,
					created_at, updated_at) values (:id, :role, :who, :kind, :address, :p256dh, :auth, :now, :now)
					on conflict do nothing""")
				.param("id", fresh)
				.param("role", who.role().name())
				.param("who", who.id())
				.param("kind", kind.name())
				.param("address", address)
				.param("p256dh", p256dh)
				.param("auth", auth)
				.param("now", now)
				.update();
			this.jdbc.sql("""
					update push_devices set participant_role = :role, participant_id = :who, p256dh = :p256dh,
					auth = :auth, updated_at = :now where kind = :kind and address = :address and id <> :id""")
				.param("id", fresh)
				.param("role", who.role().name())
				.param("who", who.id())
				.param("kind", kind.name())
				.param("address", address)
				.param("p256dh", p256dh)
				.param("auth", auth)
				.param("now", now)
				.update();
			return this.jdbc.sql("select id from push_devices where kind = :kind and address = :address")
				.param("kind", kind.name())
				.param("address", address)
				.query(UUID.class)
				.single();
		});
	}

	/** Whether the participant had this device (someone else's is left alone). */
	public boolean unregister(Participant who, DeviceKind kind, String address) {
		return this.jdbc.sql("""
				delete from push_devices where kind = :kind and address = :address
				and participant_role = :role and participant_id = :who""")
			.param("kind", kind.name())
			.param("address", address)
			.param("role", who.role().name())
			.param("who", who.id())
			.update() == 1;
	}

}
