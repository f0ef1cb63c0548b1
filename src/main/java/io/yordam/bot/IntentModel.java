package io.yordam.bot;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Two logistic regressions (Tribuo over LibLinear), trained from the training set: one
 * for the intent, one for the language. The build trains them once and ships them
 * ({@link PrebuiltIntentModel}); nothing is downloaded.
 */
final class IntentModel {

	private static final double COST = 16.0;

	private static volatile IntentModel standard;

	private final Model<Label> intents;

	private final Model<Label> languages;

	IntentModel(Model<Label> intents, Model<Label> languages) {
		this.intents = intents;
		this.languages = languages;
	}

	/**
	 * The model of the training set in the jar: the one the build trained
	 * ({@link PrebuiltIntentModel}), or, without it, trained here on first use.
	 */
	static IntentModel standard() {
		IntentModel model = standard;
		if (model == null) {
			synchronized (IntentModel.class) {
				model = standard;
				if (model == null) {
					List<LabelledText> written = TrainingData.written();
					model = PrebuiltIntentModel.read(written).orElseGet(() -> train(TrainingData.augmented(written)));
					standard = model;
				}
			}
		}
		return model;
	}

	static IntentModel train(List<LabelledText> lines) {
		return new IntentModel(fit(lines, l -> l.intent().wireName(), l -> TextFeatures.ofIntent(l.text())),
				fit(lines, LabelledText::language, l -> TextFeatures.ofLanguage(l.text())));
	}

	private static Model<Label> fit(List<LabelledText> lines, Function<LabelledText, String> label,
			Function<LabelledText, Map<String, Double>> features) {
		LabelFactory factory = new LabelFactory();
		MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("yordam-bot", factory),
				factory);
		for (LabelledText line : lines) {
			dataset.add(example(new Label(label.apply(line)), features.apply(line)));
		}
		LibLinearClassificationTrainer trainer = new LibLinearClassificationTrainer(
				new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), COST, 1000, 0.01, 17L);
		return trainer.train(dataset);
	}

	private static Example<Label> example(Label label, Map<String, Double> features) {
		String[] names = new String[features.size()];
		double[] values = new double[features.size()];
		int i = 0;
		for (Map.Entry<String, Double> feature : features.entrySet()) {
			names[i] = feature.getKey();
			values[i] = feature.getValue();
			i++;
		}
		return new ArrayExample<>(label, names, values);
	}

	/**
	 * Each intent's probability for the text; none when the text has no feature the model
	 * knows (emoji, punctuation, a script it never saw), which it cannot score.
	 */
	Map<Intent, Double> intentScores(String text) {
		Map<Intent, Double> scores = new EnumMap<>(Intent.class);
		Map<String, Double> features = known(this.intents, TextFeatures.ofIntent(text));
		if (features.isEmpty()) {
			return scores;
		}
		Prediction<Label> prediction = this.intents.predict(example(LabelFactory.UNKNOWN_LABEL, features));
		prediction.getOutputScores().forEach((name, l) -> scores.put(Intent.of(name), l.getScore()));
		return scores;
	}

	/** The text's language, unless nothing in it is known to the model. */
	Optional<String> language(String text) {
		Map<String, Double> features = known(this.languages, TextFeatures.ofLanguage(text));
		if (features.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(this.languages.predict(example(LabelFactory.UNKNOWN_LABEL, features)).getOutput().getLabel());
	}

	/**
	 * Each language's probability for the text; none when nothing in it is known to the
	 * model.
	 */
	Map<String, Double> languageScores(String text) {
		Map<String, Double> scores = new HashMap<>();
		Map<String, Double> features = known(this.languages, TextFeatures.ofLanguage(text));
		if (!features.isEmpty()) {
			this.languages.predict(example(LabelFactory.UNKNOWN_LABEL, features))
				.getOutputScores()
				.forEach((name, label) -> scores.put(name, label.getScore()));
		}
		return scores;
	}

	Model<Label> intents() {
		return this.intents;
	}

	Model<Label> languages() {
		return this.languages;
	}

	/** Tribuo refuses an example with no known feature ("No features found"). */
	private static Map<String, Double> known(Model<Label> model, Map<String, Double> features) {
		Map<String, Double> known = new HashMap<>(features);
		known.keySet().removeIf(name -> model.getFeatureIDMap().get(name) == null);
		return known;
	}

}
