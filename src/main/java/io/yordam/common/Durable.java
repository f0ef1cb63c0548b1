package io.yordam.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event listener whose work must not be lost: its event is recorded in the
 * publication registry until the listener completes, and redelivered if it fails. Live
 * broadcasts are not durable: a client that misses a frame catches up by sequence number,
 * and skipping the registry spares two writes per message.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Durable {

}
