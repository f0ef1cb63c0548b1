package io.yordam.workspace;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The SLA pages answer refusals as the rest of the workspace does (kept apart from
 * {@link WorkspaceErrors}' list so that branches adding pages do not meet on one line).
 */
@ControllerAdvice(assignableTypes = SlaPages.class)
class SlaPageErrors extends WorkspaceErrors {

	SlaPageErrors(MessageSource messages) {
		super(messages);
	}

}
