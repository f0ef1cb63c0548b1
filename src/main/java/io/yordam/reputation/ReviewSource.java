package io.yordam.reputation;

/**
 * Where a public review was written. The names are the wire values of the import API and
 * the CSV's {@code source} column (docs/reputation.md).
 */
public enum ReviewSource {

	APP_STORE, GOOGLE_PLAY, YANDEX_MAPS, GOOGLE_MAPS,

	/**
	 * The platform's own order rating in its app ({@code POST /api/v1/platform/ratings}).
	 */
	IN_APP,

	OTHER

}
