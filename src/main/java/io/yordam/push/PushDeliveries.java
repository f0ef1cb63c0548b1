package io.yordam.push;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

import io.yordam.access.PlatformRole;
import io.yordam.common.ConflictRetry;
import io.yordam.notices.NoticeIssued;

/**
 * A notice becomes one delivery row per device of the customer that a configured
 * transport reaches, each with its persisted execution, in one transaction. The row's
 * unique (notice, device) key makes a redelivered event, or two nodes handling it at
 * once, add nothing: each device is sent each notice once.
 */
class PushDeliveries {

	private final JdbcClient jdbc;

	private final SchedulerClient scheduler;

	private final OneTimeTask<Void> task;

	private final Map<DeviceKind, PushTransport> transports;

	private final ConflictRetry retry;

	private final Clock clock;

	PushDeliveries(JdbcClient jdbc, SchedulerClient scheduler, OneTimeTask<Void> task,
			Map<DeviceKind, PushTransport> transports, ConflictRetry retry, Clock clock) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
		this.task = task;
		this.transports = transports;
		this.retry = retry;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(NoticeIssued notice) {
		if (this.transports.isEmpty()) {
			return;
		}
		this.retry.run(() -> devicesOf(notice.customerId()).forEach(device -> queue(notice, device)));
	}

	private List<Device> devicesOf(String customer) {
		return this.jdbc
			.sql("select id, kind from push_devices where participant_role = :role and participant_id = :who")
			.param("role", PlatformRole.CUSTOMER.name())
			.param("who", customer)
			.query((rs, row) -> new Device(rs.getObject(1, UUID.class), DeviceKind.valueOf(rs.getString(2))))
			.list()
			.stream()
			.filter(device -> this.transports.containsKey(device.kind()))
			.toList();
	}

	private void queue(NoticeIssued notice, Device device) {
		// The same id for the same (notice, device) on every node: the execution is one
		// too.
		UUID id = UUID.nameUUIDFromBytes((notice.noticeId() + "/" + device.id()).getBytes());
		int inserted = this.jdbc.sql("""
				insert into push_deliveries (id, notice_id, device_id, kind, participant_role, participant_id,
				notice_kind, order_id, order_number, locale, title, body, status, created_at)
				values (:id, :notice, :device, :kind, :role, :who, :noticeKind, :order, :number, :locale, :title,
				:body, 'PENDING', :now) on conflict do nothing""")
			.param("id", id)
			.param("notice", notice.noticeId())
			.param("device", device.id())
			.param("kind", device.kind().name())
			.param("role", PlatformRole.CUSTOMER.name())
			.param("who", notice.customerId())
			.param("noticeKind", notice.kind().name())
			.param("order", notice.orderId())
			.param("number", notice.orderNumber())
			.param("locale", notice.locale())
			.param("title", cut(notice.title(), 200))
			.param("body", cut(notice.body(), 2000))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (inserted == 1) {
			this.scheduler.scheduleIfNotExists(this.task.instance(id.toString()), this.clock.instant());
		}
	}

	static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	private record Device(UUID id, DeviceKind kind) {
	}

}
