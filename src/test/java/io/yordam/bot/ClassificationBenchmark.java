package io.yordam.bot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the bot takes to understand one message: rules, both models, entities. Cycles
 * through the held-out test set, so the texts are real and varied. Run as described in
 * docs/performance.md (not part of the test suite).
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.AverageTime, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassificationBenchmark {

	private IntentClassifier classifier;

	private List<String> texts;

	private int next;

	@Setup
	public void setUp() {
		this.classifier = IntentClassifier.standard();
		this.texts = new ArrayList<>();
		BotEvaluation.tsvFiles(Path.of("src/test/resources/bot/testset"))
			.forEach(file -> BotEvaluation.read(file).forEach(line -> this.texts.add(line.text())));
	}

	@Benchmark
	public Classification classify() {
		String text = this.texts.get(this.next);
		this.next = (this.next + 1) % this.texts.size();
		return this.classifier.classify(text);
	}

}
