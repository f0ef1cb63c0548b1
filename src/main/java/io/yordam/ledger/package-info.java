/**
 * The compensation ledger: append-only, double-entry, in so'm. Bonus credits, refunds,
 * free deliveries and re-deliveries, each with who, why, which ticket, order and playbook
 * option. Idempotent by key; a correction is a reversing transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger", allowedDependencies = { "common", "access" })
package io.yordam.ledger;
