/**
 * Reply drafts: what an operator is writing on a ticket, kept on the server per operator
 * and ticket so that it survives a reload and follows them to another machine; only its
 * author reads it, and sending the reply clears it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reply drafts",
		allowedDependencies = { "common", "access", "tickets" })
package io.yordam.drafts;
