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

/** The Chat's part: answering a quick reply. */
export const QuickReplies = {

	sendAction(action) {
		if (this.sessionExpired) {
			this.showError(this.t.sessionExpired, null, 'session-expired');
			return;
		}
		const entry = this.store.addLocal({ clientMessageId: uuid(), text: action.label });
		entry.actionId = action.id;
		this.clearError(false);
		this.render(true);
		this.enqueue({ kind: 'text', entry, text: action.label, actionId: action.id });
	}

};
