/**
 * The support bot: understands a customer's message (intent, language, order, items,
 * amounts, times), answers first in every customer conversation with live order data,
 * runs the incident playbooks within its own limits, answers from the knowledge base, and
 * hands off to a person with a summary. Records containment per intent and language.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bot")
package io.yordam.bot;
