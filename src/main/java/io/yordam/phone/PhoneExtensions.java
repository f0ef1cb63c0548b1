package io.yordam.phone;

import java.util.Optional;

import io.yordam.access.OperatorId;

/**
 * The agents' extensions on the PBX, for those who set them up (the demo gives its agents
 * theirs); agents set their own in the workspace.
 */
public interface PhoneExtensions {

	Optional<String> of(OperatorId operator);

	/** Sets (or with a blank one, removes) the agent's extension. */
	void assign(OperatorId operator, String extension);

}
