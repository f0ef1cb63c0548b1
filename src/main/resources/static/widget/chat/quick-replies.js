/**
 * Quick replies: the buttons under a support message (an incident's options, the bot's pickers).
 * A tap sends a message with the button's label as its text and its id as actionId; once the
 * customer's messages include one of them, they stay, disabled, the chosen one marked.
 */
import { el } from './dom.js';
import { uuid } from './util.js';

/** What each button shows and does, with no DOM. */
export function quickReplyButtons(actions, chosen) {
	return (actions || []).map((action) => ({
		id: action.id,
		label: action.label,
		chosen: chosen === action.id,
		disabled: !!chosen,
		pressed: chosen ? (chosen === action.id ? 'true' : 'false') : null
	}));
}

/** The group of buttons; choose(action) is called on a tap while none is chosen. */
export function quickRepliesElement(actions, chosen, choose) {
	const box = el('div', { className: 'yc-quick-replies', role: 'group', 'data-testid': 'chat-quick-replies' });
	quickReplyButtons(actions, chosen).forEach((b, i) => {
		const button = el('button', { type: 'button', className: 'yc-quick-reply' + (b.chosen ? ' yc-chosen' : ''),
			text: b.label, 'data-testid': 'chat-quick-reply' });
		button.setAttribute('data-action-id', b.id);
		if (b.disabled) {
			button.disabled = true;
			button.setAttribute('aria-pressed', b.pressed);
		}
		else {
			button.addEventListener('click', () => choose(actions[i]));
		}
		box.appendChild(button);
	});
	return box;
}

/**
 * Whether the buttons ask a question on the side (a rating of the solved chat): every one is an
 * aside, so the answer does not reopen the conversation, and the customer may add a comment.
 */
export function isSideQuestion(actions) {
	return !!(actions && actions.length && actions.every((action) => action.aside === true));
}

/**
 * The card of a question on the side: pick a button, optionally write a comment, send; choose(action,
 * comment) is called once. Answered, it shows the buttons disabled with the choice marked.
 */
export function sideQuestionElement(actions, chosen, t, choose) {
	if (chosen) {
		return quickRepliesElement(actions, chosen, () => {});
	}
	const card = el('div', { className: 'yc-side-question', role: 'group', 'data-testid': 'chat-side-question' });
	const row = el('div', { className: 'yc-quick-replies' });
	const send = el('button', { type: 'button', className: 'yc-side-send', text: t.sideSend, 'data-testid': 'chat-side-send' });
	send.disabled = true;
	let picked = null;
	const buttons = actions.map((action) => {
		const button = el('button', { type: 'button', className: 'yc-quick-reply', text: action.label,
			'data-testid': 'chat-quick-reply', 'aria-pressed': 'false' });
		button.setAttribute('data-action-id', action.id);
		button.addEventListener('click', () => {
			picked = action;
			buttons.forEach((b) => {
				const on = b === button;
				b.setAttribute('aria-pressed', on ? 'true' : 'false');
				b.className = 'yc-quick-reply' + (on ? ' yc-chosen' : '');
			});
			send.disabled = false;
		});
		row.appendChild(button);
		return button;
	});
	const remark = el('textarea', { className: 'yc-side-remark', rows: 2, maxlength: 1000, placeholder: t.sideRemark,
		'aria-label': t.sideRemark, 'data-testid': 'chat-side-remark' });
	send.addEventListener('click', () => {
		if (picked) {
			send.disabled = true;
			choose(picked, (remark.value || '').trim());
		}
	});
	card.appendChild(row);
	card.appendChild(remark);
	card.appendChild(send);
	return card;
}

/** The Chat's part: answering a quick reply. */
export const QuickReplies = {

	/** The message's text is the customer's comment when they wrote one, else the button's label. */
	sendAction(action, comment) {
		if (this.sessionExpired) {
			this.showError(this.t.sessionExpired, null, 'session-expired');
			return;
		}
		const text = comment || action.label;
		const entry = this.store.addLocal({ clientMessageId: uuid(), text });
		entry.actionId = action.id;
		this.clearError(false);
		this.render(true);
		this.enqueue({ kind: 'text', entry, text, actionId: action.id });
	}

};
