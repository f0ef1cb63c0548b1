import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catchingUp, gapWatch } from '../../main/resources/static/widget/chat/catch-up.js';
import { MessageStore } from '../../main/resources/static/widget/chat/store.js';

/** A server holding messages 1..n; load(after) answers a page of them. */
function server(n, pageSize) {
	const calls = [];
	const all = Array.from({ length: n }, (_, i) => ({ id: 'm' + (i + 1), seq: i + 1, authorKind: 'AGENT', text: 't' }));
	return {
		calls,
		all,
		load(after) {
			calls.push(after);
			return Promise.resolve(all.filter((m) => m.seq > after).slice(0, pageSize));
		}
	};
}

function wire(srv, store, pageSize, extra = {}) {
	return catchingUp({
		load: (after) => srv.load(after),
		apply: (messages) => messages.forEach((m) => store.upsert(m)),
		syncedSeq: () => store.syncedSeq,
		pageSize,
		...extra
	});
}

test('loads page after page from the last seq held without a gap', async () => {
	const store = new MessageStore();
	const srv = server(5, 2);
	await wire(srv, store, 2)();
	assert.deepEqual(srv.calls, [0, 2, 4]);
	assert.equal(store.syncedSeq, 5);
	assert.equal(store.entries.length, 5);
});

test('asks after the gap, not after the highest seq', async () => {
	const store = new MessageStore();
	store.upsert({ id: 'm1', seq: 1, authorKind: 'AGENT' });
	store.upsert({ id: 'm4', seq: 4, authorKind: 'AGENT' }); // came live; 2 and 3 were missed
	const srv = server(4, 200);
	await wire(srv, store, 200)();
	assert.deepEqual(srv.calls, [1]);
	assert.equal(store.entries.length, 4, 'message 4 is not doubled');
	assert.equal(store.syncedSeq, 4);
});

test('one run at a time; a call during a run makes one more run after it', async () => {
	const store = new MessageStore();
	const srv = server(3, 200);
	let release;
	const gate = new Promise((resolve) => {
		release = resolve;
	});
	const catchUp = wire({ load: (after) => gate.then(() => srv.load(after)) }, store, 200);
	const first = catchUp();
	const second = catchUp();
	const third = catchUp();
	assert.equal(second, first);
	assert.equal(third, first);
	release();
	await first;
	assert.deepEqual(srv.calls, [0, 3], 'the calls during the run made exactly one more page');
	await catchUp();
	assert.deepEqual(srv.calls, [0, 3, 3], 'after the run a call starts a new one');
});

test('a failed page ends the run and is reported; the next call tries again', async () => {
	const store = new MessageStore();
	const errors = [];
	let fail = true;
	const srv = server(2, 200);
	const catchUp = wire({ load: (after) => (fail ? Promise.reject({ status: 404 }) : srv.load(after)) }, store, 200,
		{ onError: (e) => errors.push(e.status) });
	await catchUp();
	assert.deepEqual(errors, [404]);
	fail = false;
	await catchUp();
	assert.equal(store.syncedSeq, 2);
});

test('a gap that the stream closes by itself needs no catch-up; one that stays does', () => {
	const pending = [];
	const timers = { setTimeout: (fn) => pending.push(fn) && pending.length, clearTimeout: () => pending.splice(0) };
	const store = new MessageStore();
	let catchUps = 0;
	const gaps = gapWatch({ missing: () => store.missing(), catchUp: () => catchUps++, timers });

	store.upsert({ id: 'm2', seq: 2, authorKind: 'AGENT' });
	gaps.noticed();
	gaps.noticed();
	assert.equal(pending.length, 1, 'one watch at a time');
	store.upsert({ id: 'm1', seq: 1, authorKind: 'AGENT' });
	pending.shift()();
	assert.equal(catchUps, 0);

	store.upsert({ id: 'm5', seq: 5, authorKind: 'AGENT' });
	gaps.noticed();
	pending.shift()();
	assert.equal(catchUps, 1);

	gaps.noticed();
	gaps.cancel();
	assert.equal(pending.length, 0);
});
