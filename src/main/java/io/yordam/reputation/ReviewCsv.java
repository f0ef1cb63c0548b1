package io.yordam.reputation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.yordam.common.InvalidInputException;

/**
 * The CSV layout for reviews from where no API reaches (docs/reputation.md): UTF-8 (a
 * byte-order mark is skipped), comma-separated, RFC 4180 quoting (a quoted field may hold
 * commas, doubled quotes and line breaks), a header row naming the columns in any order.
 * Rows are numbered from 1 after the header; a problem names {@code rows[N].column}.
 */
final class ReviewCsv {

	/** The columns, in the order of {@link ReviewInput}'s fields. */
	static final List<String> COLUMNS = List.of("source", "external_id", "rating", "text", "author", "posted_at",
			"customer_id", "order_id", "phone");

	static final int MAX_ROWS = 5000;

	private ReviewCsv() {
	}

	/** A data row and its number (the first after the header is 1). */
	record Row(int number, ReviewInput input) {
	}

	/** The rows as given, unchecked: {@link ReviewInput#check} checks each. */
	static List<Row> parse(byte[] data) {
		List<List<String>> records = records(decode(data));
		if (records.isEmpty()) {
			throw new InvalidInputException("file", "required", "The file is empty: a header row comes first");
		}
		Map<String, Integer> at = header(records.get(0));
		if (records.size() - 1 > MAX_ROWS) {
			throw new InvalidInputException("file", "max-rows", "At most " + MAX_ROWS + " rows per file");
		}
		List<Row> rows = new ArrayList<>();
		for (int r = 1; r < records.size(); r++) {
			List<String> record = records.get(r);
			if (record.size() == 1 && record.get(0).isBlank()) {
				continue;
			}
			if (record.size() != records.get(0).size()) {
				throw new InvalidInputException("rows[" + r + "]", "columns",
						"Row " + r + " has " + record.size() + " columns, the header " + records.get(0).size());
			}
			rows.add(new Row(r,
					new ReviewInput(cell(record, at, "source"), cell(record, at, "external_id"),
							cell(record, at, "rating"), cell(record, at, "text"), cell(record, at, "author"),
							cell(record, at, "posted_at"), cell(record, at, "customer_id"),
							cell(record, at, "order_id"), cell(record, at, "phone"))));
		}
		if (rows.isEmpty()) {
			throw new InvalidInputException("file", "required", "The file has a header but no rows");
		}
		return rows;
	}

	private static String cell(List<String> record, Map<String, Integer> at, String column) {
		Integer index = at.get(column);
		return (index == null) ? null : record.get(index);
	}

	private static Map<String, Integer> header(List<String> names) {
		Map<String, Integer> at = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).strip().toLowerCase(Locale.ROOT);
			if (!COLUMNS.contains(name)) {
				throw new InvalidInputException("header", "unknown-column",
						"Unknown column \"" + name + "\"; the columns are " + String.join(", ", COLUMNS));
			}
			if (at.put(name, i) != null) {
				throw new InvalidInputException("header", "duplicate-column", "Column \"" + name + "\" twice");
			}
		}
		for (String required : List.of("source", "external_id", "rating", "posted_at")) {
			if (!at.containsKey(required)) {
				throw new InvalidInputException("header", "missing-column",
						"The header needs a " + required + " column");
			}
		}
		return at;
	}

	private static String decode(byte[] data) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(data))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInputException("file", "utf-8", "The file is not UTF-8 text");
		}
	}

	/** RFC 4180: records of fields; CRLF or LF ends a record outside quotes. */
	static List<List<String>> records(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			any = true;
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				any = false;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new InvalidInputException("rows[" + records.size() + "]", "unclosed-quote",
					"A quoted field is never closed");
		}
		if (any) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

}
