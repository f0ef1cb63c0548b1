import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, problemText, ChatError } from '../../main/resources/static/widget/chat/api.js';
import { strings } from '../../main/resources/static/widget/chat/i18n.js';

function answer(status, body, type = 'application/json') {
	return {
		ok: status >= 200 && status < 300,
		status,
		headers: { get: (name) => (name === 'Content-Type' ? type : null) },
		json: () => (body instanceof Error ? Promise.reject(body) : Promise.resolve(body))
	};
}

test('a call carries the token and JSON, and answers the JSON', async () => {
	const seen = [];
	const fetchImpl = (url, init) => {
		seen.push([url, init]);
		return Promise.resolve(answer(200, { id: 'm1' }));
	};
	const result = await request({ base: 'https://s.uz', token: 'tok', method: 'POST', path: '/api/v1/x', body: { a: 1 }, fetchImpl });
	assert.deepEqual(result, { id: 'm1' });
	const [url, init] = seen[0];
	assert.equal(url, 'https://s.uz/api/v1/x');
	assert.equal(init.headers.Authorization, 'Bearer tok');
	assert.equal(init.headers['Content-Type'], 'application/json');
	assert.equal(init.body, '{"a":1}');
	assert.equal(init.credentials, 'omit', 'no cookies: the token is the identity');
	assert.equal(await request({ base: '', token: 't', method: 'POST', path: '/r', fetchImpl: () => Promise.resolve(answer(204, null, '')) }), null);
});

test('a network failure, a 5xx and a 408 are transient; a refusal is not', async () => {
	const fail = (fetchImpl) => request({ base: '', token: 't', method: 'GET', path: '/x', fetchImpl }).then(
		() => assert.fail('should fail'), (e) => e);
	const network = await fail(() => Promise.reject(new TypeError('Failed to fetch')));
	assert.ok(network instanceof ChatError);
	assert.deepEqual([network.status, network.transient], [0, true]);
	assert.equal((await fail(() => Promise.resolve(answer(503, null, 'text/html')))).transient, true);
	assert.equal((await fail(() => Promise.resolve(answer(408, null, '')))).transient, true);
	const refused = await fail(() => Promise.resolve(answer(400, { title: 'Bad', detail: 'text is too long' }, 'application/problem+json')));
	assert.deepEqual([refused.status, refused.transient, refused.message], [400, false, 'text is too long']);
	const garbled = await fail(() => Promise.resolve(answer(400, new SyntaxError('bad json'))));
	assert.equal(garbled.problem, null);
});

test('a 401 tells the widget the session expired', async () => {
	let expired = 0;
	await request({ base: '', token: 't', method: 'GET', path: '/x', onUnauthorized: () => expired++,
		fetchImpl: () => Promise.resolve(answer(401, { title: 'Unauthorized' })) }).catch((e) => assert.equal(e.status, 401));
	assert.equal(expired, 1);
});

test("refusals in the customer's language", () => {
	const ru = strings('ru');
	const error = (status, problem) => new ChatError(status, problem, false);
	assert.equal(problemText(ru, 'ru', error(429, {})), ru.flood);
	assert.equal(problemText(ru, 'ru', error(400, { errors: [{ field: 'text', rule: 'max-length', message: 'at most 2000 characters' }] })),
		'Сообщение слишком длинное: не больше 2000 символов.');
	assert.equal(problemText(ru, 'ru', error(400, { errors: [{ field: 'text', rule: 'not-empty', message: 'empty' }] })), ru.notEmpty);
	assert.equal(problemText(ru, 'ru', error(400, { errors: [{ field: 'file', rule: 'image-type' }] })), ru.imageType);
	assert.equal(problemText(ru, 'ru', error(400, { errors: [{ field: 'file', rule: 'max-size' }] })), ru.imageSize);
	assert.equal(problemText(ru, 'ru', error(400, { detail: 'Something specific' })), 'Something specific');
	assert.equal(problemText(ru, 'ru', error(500, null)), ru.generic);
	const uz = strings('uz');
	assert.equal(problemText(uz, 'uz', error(400, { rule: 'message-flood' })), uz.flood);
});

test("in English the server's own words are shown", () => {
	const en = strings('en');
	assert.equal(problemText(en, 'en', new ChatError(400, { errors: [{ field: 'text', rule: 'max-length', message: 'at most 2000 characters' }] }, false)),
		'at most 2000 characters');
	assert.equal(problemText(en, 'en', new ChatError(429, null, false)), en.flood);
});
