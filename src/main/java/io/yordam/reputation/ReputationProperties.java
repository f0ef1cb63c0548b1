package io.yordam.reputation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param negativeAtMost the highest rating that becomes a ticket (2: one or two stars)
 * @param maxCsvBytes the largest CSV file an upload may have
 */
@ConfigurationProperties("yordam.reputation")
record ReputationProperties(@DefaultValue("2") int negativeAtMost, @DefaultValue("2097152") int maxCsvBytes) {
}
