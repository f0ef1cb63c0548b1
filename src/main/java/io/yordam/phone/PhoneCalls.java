package io.yordam.phone;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.yordam.access.Participant;
import io.yordam.access.PlatformRole;

/**
 * The calls and the events taken, in {@code phone_calls} and {@code phone_events}. An
 * event id is the events' primary key: two posts of one event at once, the second insert
 * is refused and its retry finds the first.
 */
final class PhoneCalls {

	private final JdbcClient jdbc;

	private final Clock clock;

	PhoneCalls(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean known(String eventId) {
		return this.jdbc.sql("select count(*) from phone_events where event_id = :id")
			.param("id", eventId)
			.query(Integer.class)
			.single() > 0;
	}

	void record(CtiEvent event) {
		this.jdbc.sql("""
				insert into phone_events (event_id, call_id, type, occurred_at, received_at)
				values (:event, :call, :type, :at, :now)""")
			.param("event", event.eventId())
			.param("call", event.callId())
			.param("type", event.type().name())
			.param("at", (event.occurredAt() != null) ? Timestamp.from(event.occurredAt()) : null)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** The call, locked until the transaction ends: its events take turns. */
	Optional<PhoneCall> lock(String callId) {
		return this.jdbc.sql("select * from phone_calls where call_id = :id for update")
			.param("id", callId)
			.query(PhoneCalls::call)
			.optional();
	}

	Optional<PhoneCall> find(String callId) {
		return this.jdbc.sql("select * from phone_calls where call_id = :id")
			.param("id", callId)
			.query(PhoneCalls::call)
			.optional();
	}

	/** The answered calls of a conversation whose answer its ticket has not seen yet. */
	List<String> answersPending(UUID conversationId) {
		return this.jdbc.sql("""
				select call_id from phone_calls where conversation_id = :id and answer_applied = false
				and answered_by is not null""").param("id", conversationId).query(String.class).list();
	}

	/** Claims the call's answer for its ticket, once: false if it was claimed before. */
	boolean claimAnswer(String callId) {
		return this.jdbc
			.sql("update phone_calls set answer_applied = true where call_id = :id and answer_applied = false")
			.param("id", callId)
			.update() == 1;
	}

	void insert(PhoneCall call) {
		this.jdbc
			.sql("""
					insert into phone_calls (call_id, line, caller_digits, caller_role, caller_id, caller_name, caller_locale,
					state, created_at) values (:id, :line, :digits, :role, :caller, :name, :locale, 'RINGING', :now)""")
			.param("id", call.callId)
			.param("line", call.line.name())
			.param("digits", call.callerDigits)
			.param("role", call.caller.role().name())
			.param("caller", call.caller.id())
			.param("name", call.callerName)
			.param("locale", call.callerLocale)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	void update(PhoneCall call) {
		this.jdbc.sql("""
				update phone_calls set state = :state, ringing_at = :ringing, answered_at = :answered,
				answered_by = :by, extension = :ext, ended_at = :ended, duration_seconds = :duration,
				recording_url = :recording, conversation_id = :conversation, callback_conversation_id = :callback
				where call_id = :id""")
			.param("state", call.state.name())
			.param("ringing", timestamp(call.ringingAt))
			.param("answered", timestamp(call.answeredAt))
			.param("by", call.answeredBy)
			.param("ext", call.extension)
			.param("ended", timestamp(call.endedAt))
			.param("duration", call.durationSeconds)
			.param("recording", call.recordingUrl)
			.param("conversation", call.conversationId)
			.param("callback", call.callbackConversationId)
			.param("id", call.callId)
			.update();
	}

	private static Timestamp timestamp(Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private static PhoneCall call(ResultSet rs, int row) throws SQLException {
		PhoneCall call = new PhoneCall(rs.getString("call_id"), CtiEvent.Line.valueOf(rs.getString("line")),
				rs.getString("caller_digits"),
				new Participant(PlatformRole.valueOf(rs.getString("caller_role")), rs.getString("caller_id")),
				rs.getString("caller_name"), rs.getString("caller_locale"));
		call.state = PhoneCall.State.valueOf(rs.getString("state"));
		call.ringingAt = instant(rs, "ringing_at");
		call.answeredAt = instant(rs, "answered_at");
		call.answeredBy = rs.getObject("answered_by", UUID.class);
		call.extension = rs.getString("extension");
		call.endedAt = instant(rs, "ended_at");
		int duration = rs.getInt("duration_seconds");
		call.durationSeconds = rs.wasNull() ? null : duration;
		call.recordingUrl = rs.getString("recording_url");
		call.conversationId = rs.getObject("conversation_id", UUID.class);
		call.callbackConversationId = rs.getObject("callback_conversation_id", UUID.class);
		return call;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

}
