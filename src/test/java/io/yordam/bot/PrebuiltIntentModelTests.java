package io.yordam.bot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The model the build trained and shipped is the model: it is found for the training set
 * in the jar, it scores as a model trained here does, and a file of other lines is not
 * used.
 */
class PrebuiltIntentModelTests {

	private static final List<String> TEXTS = List.of("где мой заказ", "buyurtmam qayerda", "my food is cold",
			"курьер нагрубил", "pulimni qaytaring");

	@Test
	void theBuildShippedTheModelOfTheTrainingSetInTheJar() {
		assertThat(PrebuiltIntentModel.read(TrainingData.written())).isPresent();
	}

	@Test
	void aModelReadBackScoresAsTheTrainedOne() throws IOException {
		List<LabelledText> written = TrainingData.written().subList(0, 400);
		IntentModel trained = IntentModel.train(written);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrebuiltIntentModel.write(trained, PrebuiltIntentModel.digest(written), out);

		IntentModel read = PrebuiltIntentModel.read(new ByteArrayInputStream(out.toByteArray()), written).orElseThrow();

		for (String text : TEXTS) {
			trained.intentScores(text)
				.forEach((intent, score) -> assertThat(read.intentScores(text).get(intent)).as(text)
					.isCloseTo(score, within(1e-12)));
			assertThat(read.language(text)).as(text).isEqualTo(trained.language(text));
		}
	}

	@Test
	void aModelOfOtherLinesIsNotUsed() throws IOException {
		List<LabelledText> written = TrainingData.written().subList(0, 400);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrebuiltIntentModel.write(IntentModel.train(written), PrebuiltIntentModel.digest(written), out);

		assertThat(PrebuiltIntentModel.read(new ByteArrayInputStream(out.toByteArray()), written.subList(0, 399)))
			.isEmpty();
	}

}
