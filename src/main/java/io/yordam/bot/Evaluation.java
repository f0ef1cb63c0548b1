package io.yordam.bot;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accuracy per language and overall, macro-F1 over the intents, and the confusion matrix
 * of a classifier on labelled lines.
 */
final class Evaluation {

	private final Map<String, int[]> byLanguage = new TreeMap<>();

	private final Map<Intent, Map<Intent, Integer>> confusion = new EnumMap<>(Intent.class);

	private final List<String> mistakes = new ArrayList<>();

	private final List<double[]> confidences = new ArrayList<>();

	private int correct;

	private int total;

	static Evaluation of(IntentClassifier classifier, List<LabelledText> lines) {
		Evaluation evaluation = new Evaluation();
		for (LabelledText line : lines) {
			Classification result = classifier.classify(line.text());
			evaluation.record(line, result.intent(), result.confidence());
		}
		return evaluation;
	}

	private void record(LabelledText line, Intent predicted, double confidence) {
		this.confidences.add(new double[] { confidence, (predicted == line.intent()) ? 1 : 0 });
		int[] counts = this.byLanguage.computeIfAbsent(line.language(), l -> new int[2]);
		counts[1]++;
		this.total++;
		if (predicted == line.intent()) {
			counts[0]++;
			this.correct++;
		}
		else {
			this.mistakes.add(line.language() + "\t" + line.intent().wireName() + " → " + predicted.wireName() + " ("
					+ Math.round(confidence * 100) + "%)\t" + line.text());
		}
		this.confusion.computeIfAbsent(line.intent(), i -> new EnumMap<>(Intent.class))
			.merge(predicted, 1, Integer::sum);
	}

	double accuracy() {
		return (this.total == 0) ? 0 : (double) this.correct / this.total;
	}

	double accuracy(String language) {
		int[] counts = this.byLanguage.get(language);
		return (counts == null || counts[1] == 0) ? 0 : (double) counts[0] / counts[1];
	}

	Map<String, Double> accuracyByLanguage() {
		Map<String, Double> accuracies = new TreeMap<>();
		this.byLanguage.keySet().forEach(language -> accuracies.put(language, accuracy(language)));
		return accuracies;
	}

	/** The mean over intents of F1 (an intent never seen nor predicted is left out). */
	double macroF1() {
		double sum = 0;
		int counted = 0;
		for (Intent intent : Intent.values()) {
			int truePositive = count(intent, intent);
			int actual = this.confusion.getOrDefault(intent, Map.of()).values().stream().mapToInt(i -> i).sum();
			int predicted = this.confusion.values().stream().mapToInt(row -> row.getOrDefault(intent, 0)).sum();
			if (actual == 0 && predicted == 0) {
				continue;
			}
			double precision = (predicted == 0) ? 0 : (double) truePositive / predicted;
			double recall = (actual == 0) ? 0 : (double) truePositive / actual;
			sum += (precision + recall == 0) ? 0 : 2 * precision * recall / (precision + recall);
			counted++;
		}
		return (counted == 0) ? 0 : sum / counted;
	}

	int count(Intent actual, Intent predicted) {
		return this.confusion.getOrDefault(actual, Map.of()).getOrDefault(predicted, 0);
	}

	List<String> mistakes() {
		return List.copyOf(this.mistakes);
	}

	void print(PrintStream out, boolean withMistakes) {
		out.printf("lines: %d%n", this.total);
		this.byLanguage.forEach((language, counts) -> out.printf("accuracy %-3s %6.2f%%  (%d/%d)%n", language,
				100.0 * counts[0] / counts[1], counts[0], counts[1]));
		out.printf("accuracy all %6.2f%%  (%d/%d)%n", 100 * accuracy(), this.correct, this.total);
		out.printf("macro-F1     %6.4f%n%n", macroF1());
		out.println("confusion matrix (rows: labelled, columns: predicted)");
		StringBuilder header = new StringBuilder("%-18s".formatted(""));
		for (Intent column : Intent.values()) {
			header.append("%5s".formatted(abbreviation(column)));
		}
		out.println(header);
		for (Intent row : Intent.values()) {
			StringBuilder line = new StringBuilder("%-18s".formatted(row.wireName()));
			for (Intent column : Intent.values()) {
				int n = count(row, column);
				line.append("%5s".formatted((n == 0) ? "." : Integer.toString(n)));
			}
			out.println(line);
		}
		out.println();
		out.println("confidence threshold: share of messages below it, and accuracy below / above it");
		for (double threshold : new double[] { 0.2, 0.25, 0.3, 0.35, 0.4, 0.5 }) {
			double[] below = { 0, 0 };
			double[] above = { 0, 0 };
			this.confidences.forEach(c -> {
				double[] bucket = (c[0] < threshold) ? below : above;
				bucket[0]++;
				bucket[1] += c[1];
			});
			out.printf("  %.2f  %5.1f%% below   %5.1f%% / %5.1f%%%n", threshold, 100 * below[0] / this.total,
					(below[0] == 0) ? 0 : 100 * below[1] / below[0], (above[0] == 0) ? 0 : 100 * above[1] / above[0]);
		}
		if (withMistakes) {
			out.println();
			out.println("mistakes (language, labelled → predicted (confidence), text)");
			this.mistakes.forEach(out::println);
		}
	}

	/** Column heads: the initials of the intent's words ("missing_item" → "mi"). */
	private static String abbreviation(Intent intent) {
		StringBuilder letters = new StringBuilder();
		for (String part : intent.wireName().split("_")) {
			letters.append(part, 0, Math.min(2, part.length()));
		}
		return letters.substring(0, Math.min(4, letters.length()));
	}

}
