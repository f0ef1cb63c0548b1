package io.yordam.observability;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Prometheus text format as /actuator/prometheus writes it, read as a scraper would.
 */
record Scrape(String text) {

	/**
	 * The sum of the samples of this name that carry every label given ({@code k="v"}).
	 */
	double sum(String name, String... labels) {
		double sum = 0;
		boolean found = false;
		for (String line : this.text.split("\n")) {
			if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
				continue;
			}
			if (Arrays.stream(labels).allMatch(label -> line.contains(label))) {
				sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
				found = true;
			}
		}
		if (!found) {
			throw new AssertionError("No sample " + name + " " + Arrays.toString(labels));
		}
		return sum;
	}

	/** The names of every sample (histograms' _bucket, _count and _sum included). */
	Set<String> names() {
		Set<String> names = new TreeSet<>();
		for (String line : this.text.split("\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				names.add(line.split("[{ ]", 2)[0]);
			}
		}
		return names;
	}

}
