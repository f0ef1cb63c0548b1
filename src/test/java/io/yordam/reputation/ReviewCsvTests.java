package io.yordam.reputation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.yordam.common.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewCsvTests {

	static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

	@Test
	void quotedFieldsHoldCommasDoubledQuotesAndLineBreaksInUtf8() {
		String csv = "\uFEFFsource,external_id,rating,posted_at,text,author\r\n"
				+ "GOOGLE_PLAY,gp-1,2,2025-03-01T10:00:00Z,\"Курьер опоздал, \"\"E24-104233\"\"\nхолодно\",Анна\r\n"
				+ "app_store,as-1,5,2025-03-02,Zo'r!,\"O'g'iloy\"\n";
		List<ReviewCsv.Row> rows = ReviewCsv.parse(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(rows).hasSize(2);
		ReviewInput first = rows.get(0).input();
		assertThat(first.source()).isEqualTo("GOOGLE_PLAY");
		assertThat(first.text()).isEqualTo("Курьер опоздал, \"E24-104233\"\nхолодно");
		assertThat(first.authorName()).isEqualTo("Анна");
		assertThat(rows.get(1).number()).isEqualTo(2);
		NewReview second = rows.get(1)
			.input()
			.check("rows[2].", ReviewCsv.COLUMNS, NOW, new ArrayList<>())
			.orElseThrow();
		assertThat(second.source()).isEqualTo(ReviewSource.APP_STORE);
		assertThat(second.authorName()).isEqualTo("O'g'iloy");
		// A day alone is midnight in Tashkent.
		assertThat(second.postedAt()).isEqualTo(Instant.parse("2025-03-01T19:00:00Z"));
	}

	@Test
	void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
		String csv = "rating,posted_at,external_id,source\n1,2025-03-01T10:00:00+05:00,x-1,OTHER\n";
		ReviewInput row = ReviewCsv.parse(csv.getBytes(StandardCharsets.UTF_8)).get(0).input();
		assertThat(row.rating()).isEqualTo("1");
		assertThat(row.text()).isNull();
		assertThat(row.check("", ReviewCsv.COLUMNS, NOW, new ArrayList<>())).isPresent();
	}

	@Test
	void eachBadFieldIsNamedByItsRowAndColumn() {
		String csv = "source,external_id,rating,posted_at\nGOOGLE_PLAY,a,5,2025-03-01\nSTORE,,6,yesterday\n";
		List<InvalidInputException.Violation> violations = new ArrayList<>();
		for (ReviewCsv.Row row : ReviewCsv.parse(csv.getBytes(StandardCharsets.UTF_8))) {
			row.input().check("rows[" + row.number() + "].", ReviewCsv.COLUMNS, NOW, violations);
		}
		assertThat(violations).extracting(InvalidInputException.Violation::field)
			.containsExactly("rows[2].source", "rows[2].external_id", "rows[2].rating", "rows[2].posted_at");
		assertThat(violations).extracting(InvalidInputException.Violation::rule)
			.containsExactly("one-of", "required", "range", "date-time");
	}

	@Test
	void aBrokenFileIsRefusedWhole() {
		assertThatThrownBy(() -> ReviewCsv.parse("source,stars\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.violations().get(0).rule()).isEqualTo("unknown-column"));
		assertThatThrownBy(() -> ReviewCsv.parse("source,external_id,rating\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.violations().get(0).rule()).isEqualTo("missing-column"));
		assertThatThrownBy(() -> ReviewCsv
			.parse("source,external_id,rating,posted_at\nOTHER,a,1\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.violations().get(0).field()).isEqualTo("rows[1]"));
		assertThatThrownBy(() -> ReviewCsv
			.parse("source,external_id,rating,posted_at\nOTHER,a,1,\"2025".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.violations().get(0).rule()).isEqualTo("unclosed-quote"));
		byte[] latin1 = "source,external_id,rating,posted_at\nOTHER,\u00e9,1,2025-03-01\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> ReviewCsv.parse(latin1)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations().get(0).rule()).isEqualTo("utf-8"));
	}

	@Test
	void aReviewFromTheFutureOrWithControlCharactersIsRefused() {
		List<InvalidInputException.Violation> violations = new ArrayList<>();
		new ReviewInput("OTHER", "a\u0001", "3", null, null, "2025-03-12T00:00:00Z", null, null, null).check("",
				ReviewCsv.COLUMNS, NOW, violations);
		assertThat(violations).extracting(InvalidInputException.Violation::rule)
			.containsExactly("control-characters", "range");
	}

}
