package io.yordam.bot;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The containment suite's report: containment per intent and language, correctness, and
 * the transcript of every conversation that did not end as its script expects.
 */
final class ContainmentReport {

	private ContainmentReport() {
	}

	/** How one scripted conversation ended, and what it expected that did not happen. */
	record Outcome(ConversationScript script, boolean contained, String status, String transcript, List<String> unmet) {

		boolean correct() {
			return this.unmet.isEmpty();
		}

		/** A person has it: not solved, and not left with the bot (stuck, or broken). */
		boolean handedOff() {
			return !List.of("SOLVED", "BOT", "ERROR").contains(this.status.split(" ")[0]);
		}

	}

	static String of(List<Outcome> outcomes, String from) {
		StringBuilder out = new StringBuilder("Containment suite: ").append(outcomes.size())
			.append(" scripted conversations from ")
			.append(from)
			.append("\n\n");
		Map<String, int[]> byKey = new TreeMap<>();
		for (Outcome o : outcomes) {
			String key = (o.script().routine() ? "routine" : "needs a person") + "\t" + o.script().intent() + "\t"
					+ o.script().language();
			int[] row = byKey.computeIfAbsent(key, k -> new int[2]);
			row[1]++;
			row[0] += o.contained() ? 1 : 0;
		}
		out.append(String.format("%-15s %-18s %-4s %s%n", "kind", "intent", "lang", "contained"));
		byKey.forEach((key, row) -> {
			String[] parts = key.split("\t");
			out.append(String.format("%-15s %-18s %-4s %d/%d%n", parts[0], parts[1], parts[2], row[0], row[1]));
		});
		for (String language : List.of("en", "ru", "uz")) {
			List<Outcome> routine = outcomes.stream()
				.filter(o -> o.script().routine() && o.script().language().equals(language))
				.toList();
			out.append(String.format("%nroutine, %s: %d/%d contained", language,
					routine.stream().filter(Outcome::contained).count(), routine.size()));
		}
		List<Outcome> routine = outcomes.stream().filter(o -> o.script().routine()).toList();
		long contained = routine.stream().filter(Outcome::contained).count();
		out.append(String.format("%nroutine, all: %d/%d = %.1f%%%n", contained, routine.size(),
				100.0 * contained / routine.size()));
		List<Outcome> others = outcomes.stream().filter(o -> !o.script().routine()).toList();
		out.append(String.format("needing a person, handed off: %d/%d%n",
				others.stream().filter(Outcome::handedOff).count(), others.size()));
		for (String language : List.of("en", "ru", "uz")) {
			List<Outcome> of = outcomes.stream().filter(o -> o.script().language().equals(language)).toList();
			out.append(String.format("ended as expected, %s: %d/%d%n", language,
					of.stream().filter(Outcome::correct).count(), of.size()));
		}
		long correct = outcomes.stream().filter(Outcome::correct).count();
		out.append(String.format("ended as expected, all: %d/%d = %.1f%%%n", correct, outcomes.size(),
				100.0 * correct / Math.max(1, outcomes.size())));
		out.append("\nNot as expected:\n");
		outcomes.stream()
			.filter(o -> !o.correct() || o.contained() != o.script().routine())
			.forEach(o -> out.append("--- ")
				.append(o.script().name())
				.append(" (")
				.append(o.script().routine() ? "routine" : "needs a person")
				.append(", ")
				.append(o.script().intent())
				.append(") → ")
				.append(o.status())
				.append('\n')
				.append(o.unmet().stream().map(u -> "UNMET " + u + "\n").reduce("", String::concat))
				.append(o.transcript()));
		return out.toString();
	}

}
