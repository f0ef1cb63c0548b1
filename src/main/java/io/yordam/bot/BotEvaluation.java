package io.yordam.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The evaluation command: classifies every line of one or more TSV files
 * ({@code lang<TAB>intent<TAB>text}, header line; a directory means every .tsv in it) and
 * prints accuracy per language and overall, macro-F1 and the confusion matrix. Add
 * {@code --mistakes} to list what it got wrong. See docs/bot.md.
 */
public final class BotEvaluation {

	private BotEvaluation() {
	}

	public static void main(String[] args) {
		// Maven passes its one property as one argument: split it.
		List<String> words = java.util.Arrays.stream(String.join(" ", args).split("\\s+"))
			.filter(w -> !w.isBlank())
			.toList();
		boolean mistakes = words.contains("--mistakes");
		List<Path> files = new ArrayList<>();
		for (String arg : words) {
			if (!arg.startsWith("--")) {
				files.addAll(tsvFiles(Path.of(arg)));
			}
		}
		if (files.isEmpty()) {
			System.err.println("usage: BotEvaluation [--mistakes] FILE.tsv|DIRECTORY ...");
			System.exit(2);
		}
		List<LabelledText> lines = new ArrayList<>();
		for (Path file : files) {
			lines.addAll(read(file));
		}
		long started = System.nanoTime();
		IntentClassifier classifier = IntentClassifier.standard();
		System.out.printf("trained in %d ms on %s%n", (System.nanoTime() - started) / 1_000_000, TrainingData.FILES);
		System.out.printf("evaluating %s%n", files);
		Evaluation.of(classifier, lines).print(System.out, mistakes);
	}

	static List<LabelledText> read(Path file) {
		try {
			return LabelledText.read(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Path> tsvFiles(Path path) {
		if (!Files.isDirectory(path)) {
			return List.of(path);
		}
		try (Stream<Path> children = Files.list(path)) {
			return children.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
