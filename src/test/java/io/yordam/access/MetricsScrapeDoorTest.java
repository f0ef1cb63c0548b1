package io.yordam.access;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The scrape token's filter alone; the whole door is in {@code MetricsEndpointTests}. */
class MetricsScrapeDoorTest {

	MockHttpServletResponse call(MetricsScrapeDoor door, String authorization, AtomicReference<Authentication> seen)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", MetricsScrapeDoor.PATH);
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		door.doFilter(request, response,
				(req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
		return response;
	}

	@Test
	void withNoTokenConfiguredEveryBearerIsRefusedAndNoneIsAScraper() throws Exception {
		for (String configured : new String[] { null, "", "   " }) {
			AtomicReference<Authentication> seen = new AtomicReference<>();
			MetricsScrapeDoor door = new MetricsScrapeDoor(configured);
			assertThat(call(door, "Bearer ", seen).getStatus()).isEqualTo(401);
			assertThat(call(door, "Bearer anything", seen).getStatus()).isEqualTo(401);
			assertThat(seen.get()).isNull();
			// No bearer: on to the session, where only an admin passes.
			MockHttpServletResponse onToTheSession = call(door, null, seen);
			assertThat(onToTheSession.getStatus()).isEqualTo(200);
			assertThat(seen.get()).isNull();
		}
	}

	@Test
	void theRightTokenMakesTheScraperForThisRequestOnly() throws Exception {
		AtomicReference<Authentication> seen = new AtomicReference<>();
		MetricsScrapeDoor door = new MetricsScrapeDoor("k9Qz-w2Lp-Xv7m-R4tB-u8Yc-N3sD-e6Fh");
		MockHttpServletResponse wrong = call(door, "Bearer k9Qz-w2Lp-Xv7m-R4tB-u8Yc-N3sD-e6Fi", seen);
		assertThat(wrong.getStatus()).isEqualTo(401);
		assertThat(wrong.getHeader("WWW-Authenticate")).startsWith("Bearer");
		assertThat(wrong.getContentAsString()).contains("\"rule\":\"unauthorized\"").doesNotContain("k9Qz");
		assertThat(call(door, "bearer k9Qz-w2Lp-Xv7m-R4tB-u8Yc-N3sD-e6Fh", seen).getStatus()).isEqualTo(200);
		assertThat(seen.get().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_METRICS_SCRAPER");
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

}
