import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, retryAfterMs, ChatError } from '../../main/resources/static/widget/chat/api.js';
import { Sending, shedDelay, SHED_RETRIES, MAX_SHED_WAIT } from '../../main/resources/static/widget/chat/sending.js';
import { strings } from '../../main/resources/static/widget/chat/i18n.js';

function answer(status, body, headers = {}) {
	const all = Object.assign({ 'Content-Type': 'application/problem+json' }, headers);
	return { ok: status >= 200 && status < 300, status, headers: { get: (name) => all[name] ?? null }, json: () => Promise.resolve(body) };
}

const shedError = (seconds) => new ChatError(429, { rule: 'overloaded' }, true, seconds * 1000);

/** The Sending part on a stand-in chat: deliver and the waits are fakes, nothing sleeps. */
function chat(deliveries) {
	const seen = { sent: [], waits: [], notes: [], cleared: 0 };
	const c = Object.assign(Object.create(Sending), {
		t: strings('uz'),
		locale: 'uz',
		destroyed: false,
		sessionExpired: false,
		wakers: [],
		input: { value: '' },
		render() {},
		showError(text, error, kind) {
			seen.notes.push([kind, text]);
		},
		clearError() {
			seen.cleared++;
		},
		deliver(job) {
			seen.sent.push(job.entry.clientMessageId);
			const next = deliveries.shift();
			return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
		},
		waitBeforeRetry(ms) {
			seen.waits.push(ms);
			return Promise.resolve();
		}
	});
	return { c, seen };
}

test('Retry-After is read only from a shed answer, in seconds or as a date', () => {
	assert.equal(retryAfterMs(429, '2'), 2000);
	assert.equal(retryAfterMs(503, '0'), 0);
	assert.equal(retryAfterMs(429, new Date(10_000).toUTCString(), () => 7_000), 3000);
	assert.equal(retryAfterMs(429, null), null, "the flood limit's 429 says no time: a refusal");
	assert.equal(retryAfterMs(400, '2'), null);
	assert.equal(retryAfterMs(429, 'soon'), null);
});

test('a 429 with Retry-After is transient and says how long to wait; one without is a refusal', async () => {
	const fail = (res) => request({ base: '', token: 't', method: 'POST', path: '/m', body: {}, fetchImpl: () => Promise.resolve(res) })
		.then(() => assert.fail('should fail'), (e) => e);
	const shed = await fail(answer(429, { rule: 'overloaded' }, { 'Retry-After': '2' }));
	assert.deepEqual([shed.status, shed.transient, shed.retryAfterMs], [429, true, 2000]);
	const flood = await fail(answer(429, { rule: 'message-flood' }));
	assert.deepEqual([flood.transient, flood.retryAfterMs], [false, null]);
});

test('the wait after a shed is the Retry-After, bounded to 1–30 s, plus up to half of it at random', () => {
	assert.equal(shedDelay(2000, () => 0), 2000);
	assert.equal(shedDelay(2000, () => 1), 3000);
	assert.equal(shedDelay(2000, () => 0.5), 2500);
	assert.equal(shedDelay(0, () => 0), 1000, 'never hammers the server at once');
	assert.equal(shedDelay(600_000, () => 0), MAX_SHED_WAIT, "a server's long wait is capped");
	assert.equal(shedDelay(600_000, () => 1), MAX_SHED_WAIT * 1.5);
	const spread = new Set(Array.from({ length: 50 }, () => shedDelay(2000)));
	assert.ok(spread.size > 10, 'customers shed together come back apart');
	for (const wait of spread) {
		assert.ok(wait >= 2000 && wait <= 3000, String(wait));
	}
});

test('a shed message stays "sending", waits Retry-After and goes again with the same clientMessageId', async () => {
	const { c, seen } = chat([shedError(2), shedError(3), { id: 'm1' }]);
	const entry = { clientMessageId: 'cmid-1', state: 'sending' };
	await c.run({ kind: 'text', entry, text: 'Buyurtmam qayerda?' });
	assert.deepEqual(seen.sent, ['cmid-1', 'cmid-1', 'cmid-1'], 'one id: the server stores it once');
	assert.equal(seen.waits.length, 2);
	assert.ok(seen.waits[0] >= 2000 && seen.waits[0] <= 3000, String(seen.waits[0]));
	assert.ok(seen.waits[1] >= 3000 && seen.waits[1] <= 4500, String(seen.waits[1]));
	assert.deepEqual(seen.notes, [['busy', strings('uz').busy], ['busy', strings('uz').busy]], 'a calm note, no error');
	assert.equal(entry.state, 'sending');
	assert.equal(entry.busy, false);
	assert.ok(seen.cleared >= 1, 'the note goes once the message is in');
});

test('a storm that never ends fails the message for the customer to retry, after a bounded number of tries', async () => {
	const { c, seen } = chat(Array.from({ length: SHED_RETRIES + 10 }, () => shedError(1)));
	const entry = { clientMessageId: 'cmid-2', state: 'sending' };
	const job = { kind: 'text', entry, text: 'Salom' };
	await c.run(job);
	assert.equal(seen.waits.length, SHED_RETRIES + 6, 'the shed budget, then the ordinary transient retries');
	assert.equal(entry.state, 'failed');
	assert.equal(job.transientFailure, true, 'offered again by itself when the network comes back');
	assert.ok(seen.sent.every((id) => id === 'cmid-2'));
});

test('the busy note reads naturally in every language', () => {
	for (const locale of ['ru', 'uz', 'en']) {
		assert.ok(strings(locale).busy.length > 20, locale);
		assert.notEqual(strings(locale).busy, strings(locale).flood);
	}
	assert.notEqual(strings('ru').busy, strings('en').busy);
	assert.notEqual(strings('uz').busy, strings('en').busy);
});
