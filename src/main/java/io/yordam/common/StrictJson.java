package io.yordam.common;

import java.time.Instant;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON at the edges reads what was written, nothing else (issue 10): {@code {"type":3}}
 * once opened a WRONG_ORDER incident, and 2.9 was read as 2. Numbers are not enums,
 * floats and strings are not integers, numbers are not booleans, and no string holds a
 * NUL character (PostgreSQL refuses it, and it hides text from people reading it). The
 * one mapper serves Spring MVC and {@link JsonInput}, so the raw platform body is read
 * the same way.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	static final String NUL_RULE = "no-nul";

	@Bean
	JsonMapperBuilderCustomizer strictCoercions() {
		return StrictJson::strict;
	}

	static JsonMapper.Builder strict(JsonMapper.Builder builder) {
		return builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Enum,
					c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.addModule(new SimpleModule("yordam-strict").addDeserializer(String.class, new NoNulStrings())
				.addDeserializer(Instant.class, new IsoInstants()));
	}

	/**
	 * An instant is written as ISO 8601: a number (seconds? milliseconds?) was read as a
	 * time in 1970, and an order's first event "from 1970" was then answered as taken
	 * while nothing was stored (found by the fuzz test).
	 */
	static final class IsoInstants extends StdScalarDeserializer<Instant> {

		IsoInstants() {
			super(Instant.class);
		}

		@Override
		public Instant deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
				throw MismatchedInputException.from(parser, Instant.class, "expected a date and time, not a number");
			}
			return InstantDeserializer.INSTANT.deserialize(parser, context);
		}

	}

	/** Every string of a request, refused when it holds U+0000. */
	static final class NoNulStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && value.indexOf('\u0000') >= 0) {
				throw InvalidFormatException.from(parser, "must not contain the NUL character", value, String.class);
			}
			return value;
		}

	}

}
