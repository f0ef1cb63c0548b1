/**
 * Who is who: operators (agents, supervisors, admins) with hashed passwords and personal
 * API tokens, the platform-signed tokens of customers, couriers and partners, and the
 * security rules of every endpoint.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = "common")
package io.yordam.access;
