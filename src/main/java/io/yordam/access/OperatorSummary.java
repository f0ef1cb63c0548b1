package io.yordam.access;

/** An operator as others see them in lists: no credentials. */
public record OperatorSummary(OperatorId id, String displayName, OperatorRole role) {
}
