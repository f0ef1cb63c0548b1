import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { installFakeDocument } from './fake-dom.js';
import { isSideQuestion, quickReplyButtons, quickRepliesElement, sideQuestionElement } from '../../main/resources/static/widget/chat/quick-replies.js';

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

const rating = [1, 2, 3, 4, 5].map((n) => ({ id: 'csat:s-1:' + n, label: n + ' ★', aside: true }));
const t = { sideSend: 'Send', sideRemark: 'Add a comment (optional)' };

test('buttons that all answer on the side make a question on the side', () => {
	assert.ok(isSideQuestion(rating));
	assert.ok(!isSideQuestion(actions));
	assert.ok(!isSideQuestion([rating[0], actions[0]]));
	assert.ok(!isSideQuestion([]));
});

test('a question on the side sends the picked button once, with the comment written', () => {
	const sent = [];
	const card = sideQuestionElement(rating, null, t, (action, comment) => sent.push([action.id, comment]));
	assert.equal(card.getAttribute('data-testid'), 'chat-side-question');
	const send = card.byTestId('chat-side-send')[0];
	send.click();
	assert.deepEqual(sent, [], 'nothing is sent before a pick');
	const buttons = card.byTestId('chat-quick-reply');
	buttons[1].click();
	assert.deepEqual(buttons.map((b) => b.getAttribute('aria-pressed')), ['false', 'true', 'false', 'false', 'false']);
	card.byTestId('chat-side-remark')[0].value = '  The soup was cold  ';
	send.click();
	send.click();
	assert.deepEqual(sent, [['csat:s-1:2', 'The soup was cold']]);
});

test('an answered question on the side shows the choice, disabled', () => {
	const card = sideQuestionElement(rating, 'csat:s-1:4', t, () => assert.fail('no second answer'));
	const buttons = card.byTestId('chat-quick-reply');
	assert.deepEqual(buttons.map((b) => b.disabled), [true, true, true, true, true]);
	assert.equal(buttons[3].getAttribute('aria-pressed'), 'true');
	assert.equal(card.byTestId('chat-side-remark').length, 0);
});
