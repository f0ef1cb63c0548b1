/**
 * Incidents: the playbooks (late, damaged, incomplete, wrong, unpaid, cancellation, food
 * quality), the options each offers the customer, carrying out the chosen one through the
 * ledger and the platform outbox within each role's limits (above them a supervisor
 * approves), the abuse signals beside every claim, and, once the customer is served, the
 * fault and the owning department's task.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents")
package io.yordam.incidents;
