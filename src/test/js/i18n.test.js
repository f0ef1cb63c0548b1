import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STRINGS, localeOf, strings, format, plural, tooLongText } from '../../main/resources/static/widget/chat/i18n.js';

test('every string is there in Russian, Uzbek and English, none empty', () => {
	const keys = (locale) => Object.keys(STRINGS[locale]).sort();
	assert.deepEqual(Object.keys(STRINGS).sort(), ['en', 'ru', 'uz']);
	assert.deepEqual(keys('ru'), keys('en'));
	assert.deepEqual(keys('uz'), keys('en'));
	for (const locale of ['en', 'ru', 'uz']) {
		for (const [key, value] of Object.entries(STRINGS[locale])) {
			if (typeof value === 'string') {
				assert.notEqual(value.trim(), '', locale + '.' + key);
			}
			else {
				assert.ok(value.other, locale + '.' + key + ' has the general plural form');
			}
		}
	}
});

test('the placeholders of a string are the same in every language', () => {
	const placeholders = (s) => (typeof s === 'string' ? (s.match(/\{\w+\}/g) || []).sort().join() : '');
	for (const key of Object.keys(STRINGS.en)) {
		assert.equal(placeholders(STRINGS.ru[key]), placeholders(STRINGS.en[key]), 'ru.' + key);
		assert.equal(placeholders(STRINGS.uz[key]), placeholders(STRINGS.en[key]), 'uz.' + key);
	}
});

test('an unknown locale speaks Russian', () => {
	assert.equal(localeOf('uz'), 'uz');
	assert.equal(localeOf('de'), 'ru');
	assert.equal(localeOf(undefined), 'ru');
	assert.equal(localeOf('toString'), 'ru');
	assert.equal(strings('xx').title, 'Поддержка');
});

test('format fills placeholders and leaves unknown ones', () => {
	assert.equal(format('About order {order}', { order: 'E24-1001' }), 'About order E24-1001');
	assert.equal(format('{name} is typing… {x}', { name: 'Aziza' }), 'Aziza is typing… {x}');
	assert.equal(format('{n}', { n: 0 }), '0');
	assert.equal(format('{a}', null), '{a}');
});

test('plural forms follow each language', () => {
	const ru = { one: 'заказ', few: 'заказа', many: 'заказов', other: 'заказа' };
	assert.equal(plural('ru', 1, ru), 'заказ');
	assert.equal(plural('ru', 21, ru), 'заказ');
	assert.equal(plural('ru', 3, ru), 'заказа');
	assert.equal(plural('ru', 5, ru), 'заказов');
	assert.equal(plural('ru', 11, ru), 'заказов');
	assert.equal(plural('en', 1, { one: 'order', other: 'orders' }), 'order');
	assert.equal(plural('en', 2, { one: 'order', other: 'orders' }), 'orders');
	assert.equal(plural('uz', 5, { other: 'ta buyurtma' }), 'ta buyurtma');
	assert.equal(plural('ru', 5, { one: 'x', other: 'y' }), 'y', 'a missing category takes the general form');
});

test('"too long" agrees with its number', () => {
	assert.equal(tooLongText('en', 2000), 'The message is too long: at most 2000 characters.');
	assert.equal(tooLongText('en', 1), 'The message is too long: at most 1 character.');
	assert.equal(tooLongText('ru', 2000), 'Сообщение слишком длинное: не больше 2000 символов.');
	assert.equal(tooLongText('ru', 21), 'Сообщение слишком длинное: не больше 21 символа.');
	assert.equal(tooLongText('ru', 3), 'Сообщение слишком длинное: не больше 3 символов.');
	assert.equal(tooLongText('uz', 2000), "Xabar juda uzun: ko'pi bilan 2000 ta belgi.");
});
