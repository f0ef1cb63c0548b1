/** Yordam's chat API over fetch, and what its refusals (RFC 9457 problem details) mean to a customer. */
import { tooLongText } from './i18n.js';

/** A failed call: network trouble (transient) or an answer from the server. */
export class ChatError extends Error {

	constructor(status, problem, transient, retryAfterMs = null) {
		super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
		this.status = status;
		this.problem = problem;
		this.transient = transient;
		this.retryAfterMs = retryAfterMs;
	}

}

/**
 * The server's Retry-After in milliseconds (seconds or an HTTP date), or null. Only a shed
 * (429/503 with the header) carries one: a rule's 429, like the flood limit, has none.
 */
export function retryAfterMs(status, header, now = Date.now) {
	if ((status !== 429 && status !== 503) || header == null || header === '') {
		return null;
	}
	const seconds = Number(header);
	if (Number.isFinite(seconds)) {
		return Math.max(0, seconds * 1000);
	}
	const at = Date.parse(header);
	return isNaN(at) ? null : Math.max(0, at - now());
}

/**
 * A call with the customer's token. Resolves with the JSON answer (null for none); rejects with a
 * ChatError, transient for a network failure, a 5xx, a 408, or a 429 that says when to come back
 * (the server shedding load: Retry-After). onUnauthorized hears of a 401.
 */
export function request({ base, token, method, path, body, onUnauthorized = () => {}, fetchImpl = globalThis.fetch }) {
	const headers = { Authorization: 'Bearer ' + token, Accept: 'application/json, application/problem+json' };
	let payload;
	if (typeof FormData !== 'undefined' && body instanceof FormData) {
		payload = body;
	}
	else if (body !== undefined) {
		headers['Content-Type'] = 'application/json';
		payload = JSON.stringify(body);
	}
	return fetchImpl(base + path, { method, headers, body: payload, credentials: 'omit', cache: 'no-store' })
		.catch(() => {
			throw new ChatError(0, null, true);
		})
		.then((response) => {
			const type = response.headers.get('Content-Type') || '';
			const json = type.indexOf('json') >= 0;
			if (response.ok) {
				return (response.status === 204 || !json) ? null : response.json();
			}
			return (json ? response.json().catch(() => null) : Promise.resolve(null)).then((problem) => {
				const status = response.status;
				if (status === 401) {
					onUnauthorized();
				}
				const wait = retryAfterMs(status, response.headers.get('Retry-After'));
				throw new ChatError(status, problem, status >= 500 || status === 408 || wait != null, wait);
			});
		});
}

/**
 * The refusal in the customer's words: known rules are translated, otherwise the server's detail
 * is shown (in English the server's own words are best).
 */
export function problemText(t, locale, error) {
	const problem = error.problem || {};
	const first = (problem.errors && problem.errors[0]) || {};
	const rule = problem.rule || first.rule;
	const detail = first.message || problem.detail || problem.title;
	if (locale === 'en' && detail) {
		return detail;
	}
	if (rule === 'message-flood' || error.status === 429) {
		return t.flood;
	}
	if (rule === 'max-length' && first.field !== 'file') {
		const limit = /(\d+)/.exec(first.message || detail || '');
		if (limit) {
			return tooLongText(locale, Number(limit[1]));
		}
	}
	if (rule === 'not-empty' && first.field === 'text') {
		return t.notEmpty;
	}
	if (rule === 'image-type') {
		return t.imageType;
	}
	if (rule === 'max-size') {
		return t.imageSize;
	}
	return detail || t.generic;
}
