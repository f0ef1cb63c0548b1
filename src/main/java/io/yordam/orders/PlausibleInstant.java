package io.yordam.orders;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An instant a delivery platform can mean: from 1900 to 2200. JSON accepts years a
 * billion away, which PostgreSQL's timestamp cannot hold (it would answer 500 instead of
 * naming the field), and no order happens then.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleInstant.Check.class)
@interface PlausibleInstant {

	Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

	String message() default "must be between 1900-01-01 and 2200-01-01";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<PlausibleInstant, Instant> {

		@Override
		public boolean isValid(Instant value, ConstraintValidatorContext context) {
			return value == null || (!value.isBefore(EARLIEST) && value.isBefore(LATEST));
		}

	}

}
