package io.yordam.incidents;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.hibernate.annotations.Immutable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * An incident's facts and offers are kept as the JSON they were made with (one text
 * column each, see V5): read and written here, so the incident holds them typed and no
 * code parses them again. Both are records that never change once the incident opens.
 */
final class IncidentColumns {

	/** The stored facts and offers, as JSON: their columns' size. */
	static final int MAX_JSON = 4000;

	private IncidentColumns() {
	}

	@Converter
	@Immutable
	static final class Facts implements AttributeConverter<IncidentFacts, String> {

		private final ObjectMapper mapper;

		Facts(ObjectMapper mapper) {
			this.mapper = mapper;
		}

		@Override
		public String convertToDatabaseColumn(IncidentFacts facts) {
			return (facts != null) ? this.mapper.writeValueAsString(facts) : null;
		}

		@Override
		public IncidentFacts convertToEntityAttribute(String json) {
			return (json != null) ? this.mapper.readValue(json, IncidentFacts.class) : null;
		}

	}

	@Converter
	@Immutable
	static final class Offers implements AttributeConverter<List<Offer>, String> {

		private static final TypeReference<List<Offer>> LIST = new TypeReference<>() {
		};

		private final ObjectMapper mapper;

		Offers(ObjectMapper mapper) {
			this.mapper = mapper;
		}

		@Override
		public String convertToDatabaseColumn(List<Offer> offers) {
			return (offers != null) ? this.mapper.writeValueAsString(offers) : null;
		}

		@Override
		public List<Offer> convertToEntityAttribute(String json) {
			return (json != null) ? List.copyOf(this.mapper.readValue(json, LIST)) : List.of();
		}

	}

}
