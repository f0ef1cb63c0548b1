package io.yordam.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.CRC32;

/**
 * Which delivered orders may bring the NPS question, and how often a customer may hear
 * it. The sample is drawn from the order's id, not at random: every node and every
 * redelivery of the order's event agree. The interval is kept by the database (a
 * customer's row, updated under its lock); this only says how long it is.
 */
record NpsPolicy(int samplePercent, Duration interval) {

	boolean sampled(String orderId) {
		if (this.samplePercent <= 0 || orderId == null) {
			return false;
		}
		CRC32 crc = new CRC32();
		crc.update(orderId.getBytes(StandardCharsets.UTF_8));
		return crc.getValue() % 100 < this.samplePercent;
	}

}
