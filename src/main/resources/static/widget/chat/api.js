/** Yordam's chat API over fetch, and what its refusals (RFC 9457 problem details) mean to a customer. */
import { tooLongText } from './i18n.js';

/** A failed call: network trouble (transient) or an answer from the server. */
export class ChatError extends Error {

	constructor(status, problem, transient) {
		super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
		this.status = status;
		this.problem = problem;
		this.transient = transient;
	}

}

/**
 * A call with the customer's token. Resolves with the JSON answer (null for none); rejects with a
 * ChatError, transient for a network failure, a 5xx or a 408. onUnauthorized hears of a 401.
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
				throw new ChatError(status, problem, status >= 500 || status === 408);
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
