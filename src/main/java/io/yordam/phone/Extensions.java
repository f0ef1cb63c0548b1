package io.yordam.phone;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.yordam.access.OperatorId;
import io.yordam.common.InvalidInputException;

/**
 * The agents' extensions on the PBX: a call answered at one pops up in its agent's
 * workspace and its ticket is theirs. One agent per extension, one extension per agent.
 */
final class Extensions implements PhoneExtensions {

	private static final java.util.regex.Pattern VALID = java.util.regex.Pattern.compile("[0-9A-Za-z*#]{1,16}");

	private final JdbcClient jdbc;

	Extensions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OperatorId> operatorAt(String extension) {
		return this.jdbc.sql("select operator_id from phone_extensions where extension = :ext")
			.param("ext", extension)
			.query(UUID.class)
			.optional()
			.map(OperatorId::new);
	}

	@Override
	public Optional<String> of(OperatorId operator) {
		return this.jdbc.sql("select extension from phone_extensions where operator_id = :id")
			.param("id", operator.value())
			.query(String.class)
			.optional();
	}

	@Override
	public void assign(OperatorId operator, String extension) {
		String value = (extension == null) ? "" : extension.strip();
		if (!value.isEmpty() && !VALID.matcher(value).matches()) {
			throw new InvalidInputException("extension", "pattern", "1 to 16 digits, letters, * or #");
		}
		Optional<OperatorId> holder = value.isEmpty() ? Optional.empty() : operatorAt(value);
		if (holder.isPresent() && !holder.get().equals(operator)) {
			throw new InvalidInputException("extension", "unique", "Another agent has this extension");
		}
		this.jdbc.sql("delete from phone_extensions where operator_id = :id").param("id", operator.value()).update();
		if (!value.isEmpty()) {
			this.jdbc.sql("insert into phone_extensions (operator_id, extension) values (:id, :ext)")
				.param("id", operator.value())
				.param("ext", value)
				.update();
		}
	}

}
