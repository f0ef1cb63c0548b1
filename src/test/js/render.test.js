import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { installFakeDocument } from './fake-dom.js';
import { layout, messageView, authorLabel } from '../../main/resources/static/widget/chat/render.js';
import { el, linkParts, linkified } from '../../main/resources/static/widget/chat/dom.js';
import { strings } from '../../main/resources/static/widget/chat/i18n.js';

before(installFakeDocument);

const day = (iso) => Date.parse(iso);
const dayKey = (time) => new Date(time).toISOString().slice(0, 10);
const t = strings('en');

test('a day separator before the first message of each day', () => {
	const entries = [
		{ authorKind: 'AGENT', authorName: 'Aziza', createdAt: day('2026-05-01T10:00:00Z') },
		{ authorKind: 'AGENT', authorName: 'Aziza', createdAt: day('2026-05-01T10:01:00Z') },
		{ authorKind: 'PARTICIPANT', own: true, createdAt: day('2026-05-02T09:00:00Z') }
	];
	const items = layout(entries, dayKey);
	assert.deepEqual(items.map((i) => i.day || 'message'), ['2026-05-01', 'message', 'message', '2026-05-02', 'message']);
});

test('the author is shown when it changes, and again on a new day; never for own or system messages', () => {
	const entries = [
		{ authorKind: 'BOT', authorName: null, createdAt: day('2026-05-01T10:00:00Z') },
		{ authorKind: 'BOT', authorName: null, createdAt: day('2026-05-01T10:00:01Z') },
		{ authorKind: 'SYSTEM', createdAt: day('2026-05-01T10:00:02Z') },
		{ authorKind: 'AGENT', authorName: 'Aziza', createdAt: day('2026-05-01T10:00:03Z') },
		{ authorKind: 'AGENT', authorName: 'Sergey', createdAt: day('2026-05-01T10:00:04Z') },
		{ authorKind: 'PARTICIPANT', own: true, createdAt: day('2026-05-01T10:00:05Z') },
		{ authorKind: 'AGENT', authorName: 'Sergey', createdAt: day('2026-05-02T10:00:00Z') }
	];
	const shown = layout(entries, dayKey).filter((i) => i.entry).map((i) => i.showAuthor);
	assert.deepEqual(shown, [true, false, false, true, true, false, true]);
	assert.equal(authorLabel({ authorKind: 'BOT' }, t), 'Assistant');
	assert.equal(authorLabel({ authorKind: 'AGENT' }, t), 'Support');
	assert.equal(authorLabel({ authorKind: 'AGENT', authorName: 'Aziza' }, t), 'Aziza');
});

test("a customer's message: delivery state, tick and the test hooks", () => {
	const entry = { own: true, authorKind: 'PARTICIPANT', seq: 7, clientMessageId: 'c-7', text: 'Where is it?',
		createdAt: day('2026-05-01T10:00:00Z') };
	const view = messageView(entry, { showAuthor: false, delivery: 'read', chosen: null, image: null, t, timeLabel: '15:00' });
	assert.equal(view.className, 'yc-message yc-own yc-kind-participant');
	assert.deepEqual(view.attributes, { 'data-author-kind': 'PARTICIPANT', 'data-seq': '7',
		'data-client-message-id': 'c-7', 'data-delivery': 'read' });
	assert.deepEqual(view.tick, { state: 'read', label: 'Read' });
	assert.equal(view.time.iso, '2026-05-01T10:00:00.000Z');
	assert.equal(view.author, null);
	assert.equal(view.retry, null);
	assert.equal(view.image, null);
});

test('a failed message offers to retry; one still sending has no seq yet', () => {
	const entry = { own: true, authorKind: 'PARTICIPANT', seq: null, clientMessageId: 'c-1', text: 'x', createdAt: 0 };
	const view = messageView(entry, { delivery: 'failed', t: strings('ru'), timeLabel: '05:00' });
	assert.match(view.className, / yc-failed$/);
	assert.equal(view.attributes['data-seq'], null);
	assert.equal(view.retry, 'Не отправлено · Повторить');
});

test("support's message: author, links, quick replies", () => {
	const entry = { own: false, authorKind: 'BOT', authorName: null, seq: 3, text: 'See https://example.uz/help. Or choose:',
		actions: [{ id: 'i:A', label: 'Bring it' }, { id: 'i:B', label: 'Bonus' }], createdAt: 0 };
	const view = messageView(entry, { showAuthor: true, delivery: null, chosen: 'i:B', t, timeLabel: '05:00' });
	assert.equal(view.author, 'Assistant');
	assert.equal(view.attributes['data-delivery'], null);
	assert.deepEqual(view.text, [{ text: 'See ' }, { href: 'https://example.uz/help' }, { text: '. Or choose:' }]);
	assert.deepEqual(view.quickReplies.map((b) => [b.id, b.chosen, b.disabled, b.pressed]),
		[['i:A', false, true, 'false'], ['i:B', true, true, 'true']]);
	assert.equal(view.tick, null);
});

test('an image: loading, unavailable, or shown', () => {
	const entry = { own: false, authorKind: 'AGENT', attachmentId: 'a1', text: '', createdAt: 0 };
	const view = (image) => messageView(entry, { t, image, timeLabel: '' }).image;
	assert.equal(view(null), 'loading');
	assert.equal(view({ failed: true }), 'failed');
	assert.deepEqual(view({ url: 'blob:1' }), { url: 'blob:1', alt: 'Photo' });
	assert.deepEqual(messageView({ ...entry, attachmentId: null, localPreview: { url: 'blob:2' }, text: 'my receipt' },
		{ t, image: { url: 'blob:2' }, timeLabel: '' }).image, { url: 'blob:2', alt: 'my receipt' });
});

test('text is never HTML: links become anchors, the rest text nodes', () => {
	assert.deepEqual(linkParts('<b>hi</b> http://a.uz/x?y=1), ok'), [{ text: '<b>hi</b> ' }, { href: 'http://a.uz/x?y=1' }, { text: '), ok' }]);
	assert.deepEqual(linkParts('no links'), [{ text: 'no links' }]);
	assert.deepEqual(linkParts(''), []);
	const box = el('div', { className: 'yc-text', 'data-testid': 'chat-message-text' });
	box.appendChild(linkified('<img src=x onerror=alert(1)> https://e.uz'));
	assert.equal(box.textContent, '<img src=x onerror=alert(1)> https://e.uz');
	const links = box.findAll((e) => e.tagName === 'A');
	assert.equal(links.length, 1);
	assert.equal(links[0].getAttribute('href'), 'https://e.uz');
	assert.equal(links[0].getAttribute('rel'), 'noopener noreferrer nofollow');
	assert.equal(box.findAll((e) => e.tagName === 'IMG').length, 0);
});

test('el: attributes, booleans and children', () => {
	const node = el('button', { type: 'button', className: 'x', hidden: true, disabled: false, title: null, text: 'Go' }, [null, ' now']);
	assert.equal(node.getAttribute('type'), 'button');
	assert.equal(node.className, 'x');
	assert.equal(node.getAttribute('hidden'), '');
	assert.ok(!node.hasAttribute('disabled'));
	assert.ok(!node.hasAttribute('title'));
	assert.equal(node.textContent, 'Go now');
});
