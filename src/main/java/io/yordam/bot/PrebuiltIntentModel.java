package io.yordam.bot;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.protos.core.ModelProto;

/**
 * The standard model, trained once by the build (phase process-classes, {@link #main})
 * and shipped in the jar, so that an application start (a demo, a test JVM, each node of
 * a cluster test) reads it in a fraction of a second instead of training for tens of
 * seconds. Tribuo's protobuf form, not Java serialization. The file names the training
 * set it was trained on (a digest of the written lines); a file trained on other lines (a
 * stale build output) is ignored and the model trained in-process, as before.
 */
final class PrebuiltIntentModel {

	static final String RESOURCE = "bot/intent-model.bin";

	private static final Logger log = LoggerFactory.getLogger(PrebuiltIntentModel.class);

	private PrebuiltIntentModel() {
	}

	/** Trains the standard model and writes it under the given classes folder. */
	public static void main(String[] args) throws IOException {
		List<LabelledText> written = TrainingData.written();
		IntentModel model = IntentModel.train(TrainingData.augmented(written));
		Path file = Path.of(args[0]).resolve(RESOURCE);
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			write(model, digest(written), out);
		}
	}

	static Optional<IntentModel> read(List<LabelledText> written) {
		try (InputStream in = PrebuiltIntentModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			return (in != null) ? read(in, written) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	static Optional<IntentModel> read(InputStream in, List<LabelledText> written) {
		try {
			DataInputStream data = new DataInputStream(in);
			if (!digest(written).equals(data.readUTF())) {
				log.info("The prebuilt intent model was trained on other lines: training it now");
				return Optional.empty();
			}
			return Optional.of(new IntentModel(model(data), model(data)));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The prebuilt intent model could not be read: training it now", ex);
			return Optional.empty();
		}
	}

	static void write(IntentModel model, String digest, OutputStream out) throws IOException {
		DataOutputStream data = new DataOutputStream(out);
		data.writeUTF(digest);
		for (Model<Label> part : List.of(model.intents(), model.languages())) {
			byte[] bytes = part.serialize().toByteArray();
			data.writeInt(bytes.length);
			data.write(bytes);
		}
		data.flush();
	}

	@SuppressWarnings("unchecked")
	private static Model<Label> model(DataInputStream data) throws IOException {
		byte[] bytes = new byte[data.readInt()];
		data.readFully(bytes);
		return (Model<Label>) Model.deserialize(ModelProto.parseFrom(bytes));
	}

	static String digest(List<LabelledText> written) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (LabelledText line : written) {
				sha.update((line.language() + '\t' + line.intent().wireName() + '\t' + line.text() + '\n')
					.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
