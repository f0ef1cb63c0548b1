package io.yordam.digest;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weekly report's settings ({@code yordam.digest.weekly.*}).
 *
 * @param enabled off: no report even with the email channel on
 * @param cron when it is sent (Spring's six fields), Monday 08:00 by default
 * @param zone the zone of {@code cron} and of the week's days
 * @param top how many recurring problems and knowledge gaps it lists
 */
@ConfigurationProperties("yordam.digest.weekly")
record DigestProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0 0 8 * * MON") String cron,
		@DefaultValue("Asia/Tashkent") ZoneId zone, @DefaultValue("5") int top) {
}
