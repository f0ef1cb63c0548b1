package io.yordam.reputation;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.yordam.access.OperatorPrincipal;
import io.yordam.access.StaffAction;
import io.yordam.common.InvalidInputException;

/** The reviews list for supervisors: newest first, filtered, a page at a time. */
@Service
class ReviewList {

	private final ReviewStore store;

	ReviewList(ReviewStore store) {
		this.store = store;
	}

	record Page(List<ReviewView> reviews, int page, int size, boolean hasNext) {
	}

	@Transactional(readOnly = true)
	Page page(ReviewFilter filter, int page, int size, OperatorPrincipal viewer) {
		viewer.require(StaffAction.SEE_REPUTATION);
		if (page < 0 || page > 10_000) {
			throw new InvalidInputException("page", "range", "0 to 10000");
		}
		if (size < 1 || size > 100) {
			throw new InvalidInputException("size", "range", "1 to 100");
		}
		List<ReviewView> rows = this.store.page(filter, page, size);
		boolean more = rows.size() > size;
		return new Page(more ? rows.subList(0, size) : rows, page, size, more);
	}

}
