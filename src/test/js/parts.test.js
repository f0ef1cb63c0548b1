import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queueText } from '../../main/resources/static/widget/chat/queue.js';
import { retryDelay, AUTO_RETRIES } from '../../main/resources/static/widget/chat/sending.js';
import { faqListPath } from '../../main/resources/static/widget/chat/faq.js';
import { webSocketUrl } from '../../main/resources/static/widget/chat/connection.js';
import { uuid } from '../../main/resources/static/widget/chat/util.js';
import { strings } from '../../main/resources/static/widget/chat/i18n.js';

test('the place in the queue and the wait, or nothing once a person has the chat', () => {
	assert.equal(queueText(strings('ru'), { place: 2, waitMinutes: 8, more: false }), 'Вы 2-й в очереди · ожидание: около 8 мин');
	assert.equal(queueText(strings('en'), { place: 1, waitMinutes: 30, more: true }),
		'You are number 1 in the queue · estimated wait: more than 30 min');
	assert.equal(queueText(strings('uz'), { place: 1, waitMinutes: null }),
		"Navbatda 1-o'rindasiz · hozir onlayn operator yo'q: kutish vaqti nomaʼlum");
	assert.equal(queueText(strings('en'), { place: 0 }), null);
	assert.equal(queueText(strings('en'), null), null);
});

test('retries wait 1, 2, 4, 8 s and never more than 15 s', () => {
	assert.deepEqual(Array.from({ length: AUTO_RETRIES }, (_, i) => retryDelay(i + 1)), [1000, 2000, 4000, 8000, 15000, 15000]);
});

test('the FAQ lists every article, or searches from two letters on', () => {
	assert.equal(faqListPath('uz', ''), '/api/v1/kb/articles?locale=uz');
	assert.equal(faqListPath('uz', ' a '), '/api/v1/kb/articles?locale=uz');
	assert.equal(faqListPath('ru', ' vozvrat deneg '), '/api/v1/kb/search?limit=8&locale=ru&q=vozvrat%20deneg');
});

test('the live connection follows the page\'s scheme', () => {
	assert.equal(webSocketUrl('', 'https://app.example.uz/demo/app'), 'wss://app.example.uz/ws');
	assert.equal(webSocketUrl('http://support.local:8080', 'https://app.example.uz/'), 'ws://support.local:8080/ws');
	assert.equal(webSocketUrl('/yordam', 'http://localhost/x'), 'ws://localhost/yordam/ws');
});

test('client message ids are UUIDs, also without crypto.randomUUID', () => {
	const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
	assert.match(uuid(), v4);
	assert.match(uuid({ getRandomValues: (b) => b.fill(255) }), v4);
	assert.match(uuid(null), v4);
	assert.notEqual(uuid(null), uuid(null));
});
