package io.yordam.common;

/**
 * Something that does not exist, or that the caller may not know exists: both answer 404
 * the same way, so that nobody can probe for other people's data.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
