import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MessageStore } from '../../main/resources/static/widget/chat/store.js';

const at = (s) => '2026-05-01T10:00:' + String(s).padStart(2, '0') + 'Z';
const agent = (seq, text = 'a' + seq) => ({ id: 'm' + seq, seq, authorKind: 'AGENT', authorName: 'Aziza', text, createdAt: at(seq) });
const mine = (seq, clientMessageId, text = 'c' + seq) =>
	({ id: 'm' + seq, seq, authorKind: 'PARTICIPANT', text, clientMessageId, createdAt: at(seq) });

test('the same message from the POST, the stream and a catch-up is held once', () => {
	const store = new MessageStore();
	store.upsert(agent(1));
	store.upsert(agent(1));
	store.upsert({ ...agent(1), id: 'other-id-same-seq' });
	assert.equal(store.entries.length, 1);
	assert.equal(store.syncedSeq, 1);
});

test("the customer's message being sent is matched by its clientMessageId", () => {
	const store = new MessageStore(() => 1000);
	const local = store.addLocal({ clientMessageId: 'c-1', text: 'hello' });
	assert.equal(store.deliveryState(local), 'sending');
	const entry = store.upsert(mine(1, 'c-1', 'hello'));
	assert.equal(entry, local);
	assert.equal(store.entries.length, 1);
	assert.equal(entry.state, 'sent');
	assert.equal(store.readSent, 1, 'writing marks the conversation read up to it');
});

test("support's message with a customer's clientMessageId is not merged into the customer's", () => {
	const store = new MessageStore();
	store.addLocal({ clientMessageId: 'c-1', text: 'hello' });
	store.upsert({ ...agent(1), clientMessageId: 'c-1' });
	assert.equal(store.entries.length, 2);
});

test('messages are kept in seq order, the ones still being sent last in the order written', () => {
	const store = new MessageStore();
	const first = store.addLocal({ clientMessageId: 'a', text: 'first' });
	const second = store.addLocal({ clientMessageId: 'b', text: 'second' });
	store.upsert(agent(3));
	store.upsert(agent(1));
	store.upsert(agent(2));
	assert.deepEqual(store.sorted().map((e) => e.seq ?? e.text), [1, 2, 3, 'first', 'second']);
	store.remove(first);
	assert.deepEqual(store.sorted().map((e) => e.seq ?? e.text), [1, 2, 3, 'second']);
	assert.equal(second.state, 'sending');
});

test('a gap is seen until the missing message arrives', () => {
	const store = new MessageStore();
	store.upsert(agent(1));
	store.upsert(agent(3));
	assert.equal(store.syncedSeq, 1);
	assert.ok(store.gapBefore(3));
	assert.ok(store.missing());
	store.upsert(agent(2));
	assert.equal(store.syncedSeq, 3);
	assert.ok(!store.missing());
	assert.ok(!store.gapBefore(undefined));
});

test("read marks: an operator's reply or a read event makes the customer's messages read", () => {
	const store = new MessageStore();
	const own = store.upsert(mine(1, 'c-1'));
	assert.equal(store.deliveryState(own), 'sent');
	store.upsert(agent(2));
	assert.equal(store.deliveryState(own), 'read');
	assert.equal(store.deliveryState(store.entries[1]), null, "support's messages have no delivery state");
	const later = store.upsert(mine(3, 'c-3'));
	assert.equal(store.deliveryState(later), 'sent');
	assert.ok(store.supportRead(3));
	assert.ok(!store.supportRead(2), 'an older mark is no news');
	assert.equal(store.deliveryState(later), 'read');
	store.adoptMarks({ supportReadSeq: 1, readSeq: 9 });
	assert.equal(store.supportReadSeq, 3);
	assert.equal(store.readSent, 9);
});

test('the quick reply chosen is the one a customer message answered', () => {
	const store = new MessageStore();
	const offer = store.upsert({ ...agent(1), actions: [{ id: 'i:A', label: 'A' }, { id: 'i:B', label: 'B' }] });
	assert.equal(store.chosenAction(offer), null);
	store.upsert({ ...mine(2, 'c-2', 'B'), actionId: 'i:B' });
	assert.equal(store.chosenAction(offer), 'i:B');
	assert.equal(store.chosenAction(store.upsert(agent(3))), null);
});

test('times: ISO text, epoch seconds and millis', () => {
	const store = new MessageStore(() => 42);
	assert.equal(store.upsert({ id: 'a', seq: 1, authorKind: 'AGENT', createdAt: '2026-05-01T10:00:00Z' }).createdAt, Date.parse('2026-05-01T10:00:00Z'));
	assert.equal(store.upsert({ id: 'b', seq: 2, authorKind: 'AGENT', createdAt: 1777629600.5 }).createdAt, 1777629600500);
	assert.equal(store.upsert({ id: 'c', seq: 3, authorKind: 'AGENT', createdAt: 1777629600500 }).createdAt, 1777629600500);
	assert.equal(store.upsert({ id: 'd', seq: 4, authorKind: 'AGENT', createdAt: 'nonsense' }).createdAt, 42);
});
