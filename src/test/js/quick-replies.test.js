import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { installFakeDocument } from './fake-dom.js';
import { quickReplyButtons, quickRepliesElement } from '../../main/resources/static/widget/chat/quick-replies.js';

before(installFakeDocument);

const actions = [{ id: 'inc-1:SEND_MISSING', label: 'Bring it' }, { id: 'inc-1:BONUS_CREDIT', label: 'Bonus instead' }];

test('before a choice every button is enabled and unmarked', () => {
	assert.deepEqual(quickReplyButtons(actions, null), [
		{ id: 'inc-1:SEND_MISSING', label: 'Bring it', chosen: false, disabled: false, pressed: null },
		{ id: 'inc-1:BONUS_CREDIT', label: 'Bonus instead', chosen: false, disabled: false, pressed: null }
	]);
	assert.deepEqual(quickReplyButtons(undefined, null), []);
});

test('a tap sends the action the button stands for', () => {
	const chosen = [];
	const box = quickRepliesElement(actions, null, (action) => chosen.push(action));
	assert.equal(box.getAttribute('data-testid'), 'chat-quick-replies');
	const buttons = box.byTestId('chat-quick-reply');
	assert.deepEqual(buttons.map((b) => b.getAttribute('data-action-id')), ['inc-1:SEND_MISSING', 'inc-1:BONUS_CREDIT']);
	assert.deepEqual(buttons.map((b) => b.textContent), ['Bring it', 'Bonus instead']);
	buttons[1].click();
	assert.deepEqual(chosen, [actions[1]]);
	assert.ok(!buttons[0].hasAttribute('aria-pressed'));
});

test('once chosen, the buttons stay disabled with the choice marked', () => {
	const chosen = [];
	const box = quickRepliesElement(actions, 'inc-1:BONUS_CREDIT', (action) => chosen.push(action));
	const buttons = box.byTestId('chat-quick-reply');
	assert.deepEqual(buttons.map((b) => [b.disabled, b.getAttribute('aria-pressed')]), [[true, 'false'], [true, 'true']]);
	assert.equal(buttons[1].className, 'yc-quick-reply yc-chosen');
	buttons[0].click();
	assert.deepEqual(chosen, []);
});
