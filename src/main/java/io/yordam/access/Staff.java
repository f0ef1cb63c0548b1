package io.yordam.access;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.yordam.common.InvalidInputException;
import io.yordam.common.NotFoundException;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff as admins manage them beyond sign-in: each operator's mail address, which the
 * weekly report is sent to. Only an admin sets one ({@link StaffAction#EDIT_STAFF}), and
 * each change is in the access audit: an address is where the desk's figures go.
 */
@Service
public class Staff {

	/**
	 * One address, no display name, nothing a mail header could be split on (no spaces,
	 * no line breaks, no commas or angle brackets).
	 */
	static final Pattern ADDRESS = Pattern.compile(
			"[^\\s@<>(),;:\"\\[\\]\\\\]{1,64}@[^\\s@<>(),;:\"\\[\\]\\\\.]+" + "(\\.[^\\s@<>(),;:\"\\[\\]\\\\.]+)+");

	private final OperatorRepository operators;

	private final AccessAudit audit;

	Staff(OperatorRepository operators, AccessAudit audit) {
		this.operators = operators;
		this.audit = audit;
	}

	/** Everyone, by name, those who may no longer sign in included. */
	@Transactional(readOnly = true)
	public List<StaffMember> list(OperatorPrincipal viewer) {
		viewer.require(StaffAction.EDIT_STAFF);
		return this.operators.findAll(Sort.by("displayName")).stream().map(Operator::member).toList();
	}

	/**
	 * Sets an operator's address (blank: removes it), lower-cased.
	 * @return the operator as they are now
	 */
	@Transactional
	public StaffMember changeEmail(OperatorId target, String email, OperatorPrincipal by) {
		by.require(StaffAction.EDIT_STAFF);
		String address = (email == null || email.isBlank()) ? null : email.strip().toLowerCase(Locale.ROOT);
		if (address != null && (address.length() > 254 || !ADDRESS.matcher(address).matches())) {
			throw new InvalidInputException("email", "email", "One mail address, as name@example.uz");
		}
		Operator operator = this.operators.findById(target.value())
			.orElseThrow(() -> new NotFoundException("operator"));
		operator.changeEmail(address);
		StaffMember changed = operator.member();
		this.audit.record(AccessAudit.Event.EMAIL_CHANGED, by.getUsername(), by.id().value(), null,
				"email of " + changed.username() + ((address != null) ? " set" : " removed"));
		return changed;
	}

	/**
	 * Who may sign in, has at least this role and an address: the weekly report's
	 * readers.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> withEmail(OperatorRole least) {
		return this.operators.findAll(Sort.by("username"))
			.stream()
			.map(Operator::member)
			.filter(m -> m.enabled() && m.email() != null && m.role().ordinal() >= least.ordinal())
			.toList();
	}

}
