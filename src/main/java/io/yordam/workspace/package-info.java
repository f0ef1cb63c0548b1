/**
 * The agent workspace: the live queue and the ticket view with the conversation, internal
 * notes, the ticket's properties and the customer-360 beside it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agent workspace")
package io.yordam.workspace;
