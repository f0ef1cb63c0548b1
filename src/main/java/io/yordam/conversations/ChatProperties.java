package io.yordam.conversations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Chat limits. The flood limit counts one author's messages across all their
 * conversations inside a sliding window, from the database, so that it holds on every
 * node; the start limit counts one participant's (role and id) new conversations the same
 * way.
 */
@ConfigurationProperties("yordam.chat")
record ChatProperties(@DefaultValue("2000") int maxTextLength, @DefaultValue("10") int floodMessages,
		@DefaultValue("PT10S") java.time.Duration floodWindow, @DefaultValue("5242880") int maxImageBytes,
		@DefaultValue("5") int startsPerWindow, @DefaultValue("PT10M") java.time.Duration startWindow) {
}
