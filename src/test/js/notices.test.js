import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Notices, NOTICE_KINDS } from '../../main/resources/static/widget/chat/notices.js';
import { keyBytes } from '../../main/resources/static/widget/chat/push.js';
import { strings } from '../../main/resources/static/widget/chat/i18n.js';

function holder(seen) {
	return Object.assign(Object.create(Notices), { notices: [], noticeSeen: seen });
}

const notice = (id, at, kind = 'ORDER_LATE') => ({ id, kind, at, orderId: 'o-' + id, orderNumber: 'E24-' + id });

test('a notice is kept once, newest first, and at most thirty', () => {
	const chat = holder(0);
	assert.equal(chat.keepNotice(notice('1', '2026-12-01T10:00:00Z')), true);
	assert.equal(chat.keepNotice(notice('2', '2026-12-01T10:05:00Z')), true);
	assert.equal(chat.keepNotice(notice('1', '2026-12-01T10:00:00Z')), false, 'the history and the live frame bring it twice');
	assert.deepEqual(chat.notices.map((n) => n.id), ['2', '1']);
	for (let i = 3; i < 40; i++) {
		chat.keepNotice(notice(String(i), new Date(Date.UTC(2026, 11, 1, 11, i)).toISOString()));
	}
	assert.equal(chat.notices.length, 30);
	assert.equal(chat.notices[0].id, '39');
});

test('unseen are those after the customer last looked', () => {
	const chat = holder(Date.parse('2026-12-01T10:01:00Z'));
	chat.keepNotice(notice('1', '2026-12-01T10:00:00Z'));
	chat.keepNotice(notice('2', '2026-12-01T10:05:00Z'));
	assert.deepEqual(chat.unseenNotices().map((n) => n.id), ['2']);
});

test('every kind has its switch label in each language, and the offer its words', () => {
	for (const locale of ['ru', 'uz', 'en']) {
		const t = strings(locale);
		for (const kind of NOTICE_KINDS) {
			assert.ok(t['notice_' + kind], locale + ' ' + kind);
		}
		for (const key of ['notices', 'noticesUnseen', 'noticesEmpty', 'noticeSwitches', 'somethingWrong',
			'somethingWrongText', 'pushOffer', 'pushYes', 'pushNo', 'pushOn', 'pushBlocked', 'pushFailed']) {
			assert.ok(t[key], locale + ' ' + key);
		}
	}
	assert.notEqual(strings('ru').pushOffer, strings('en').pushOffer);
});

test('the VAPID key in base64url becomes the 65 bytes of an uncompressed point', () => {
	const bytes = new Uint8Array(65);
	bytes[0] = 4;
	bytes[64] = 255;
	const b64url = Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
	assert.deepEqual(Array.from(keyBytes(b64url)), Array.from(bytes));
});
