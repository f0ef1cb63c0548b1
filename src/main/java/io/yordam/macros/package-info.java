/**
 * Service standards: macros (canned replies in Russian, Uzbek and English with variables
 * filled from the live ticket and order, optional ticket actions, shared or personal,
 * usage counted) and the standard steps of a dialogue (greeting, apology, waiting,
 * closing) each ticket's replies took.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Macros")
package io.yordam.macros;
