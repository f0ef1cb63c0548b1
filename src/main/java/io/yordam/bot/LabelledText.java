package io.yordam.bot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a labelled data file: {@code lang<TAB>intent<TAB>text}, after a header
 * line. The training set (in the jar) and the test sets (never seen by training) share
 * the format, and so does the evaluation command's input.
 */
record LabelledText(String language, Intent intent, String text) {

	static List<LabelledText> read(Reader source, String name) {
		List<LabelledText> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(source)) {
			String header = reader.readLine();
			if (header == null || !header.strip().equals("lang\tintent\ttext")) {
				throw new IllegalArgumentException(name + ": the first line must be lang<TAB>intent<TAB>text");
			}
			int number = 1;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				String[] columns = line.split("\t", 3);
				if (columns.length != 3 || columns[2].isBlank()) {
					throw new IllegalArgumentException(name + " line " + number + ": expected 3 tab-separated columns");
				}
				try {
					lines.add(new LabelledText(columns[0].strip(), Intent.of(columns[1].strip()), columns[2].strip()));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException(name + " line " + number + ": " + ex.getMessage(), ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

	static List<LabelledText> readResource(String path) {
		var in = LabelledText.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException(path + " is missing");
		}
		return read(new InputStreamReader(in, StandardCharsets.UTF_8), path);
	}

}
