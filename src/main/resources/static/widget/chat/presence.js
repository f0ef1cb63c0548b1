/** Typing indicators both ways, and read marks. */
import { format } from './i18n.js';

export const TYPING_SHOWN_MS = 4000;
export const TYPING_SENT_EVERY_MS = 2000;

/** The Chat's part. */
export const Presence = {

	/** The customer typed: tell support, at most every TYPING_SENT_EVERY_MS. */
	typed() {
		const now = Date.now();
		if (!this.input.value.trim() || !this.conversationId || !this.client || !this.client.connected
			|| now - this.lastTypingSent < TYPING_SENT_EVERY_MS) {
			return;
		}
		this.lastTypingSent = now;
		try {
			this.client.publish({ destination: '/app/conversations.' + this.conversationId + '.typing', body: '' });
		}
		catch (e) {
			// typing is best effort
		}
	},

	showTyping(name) {
		this.typingEl.textContent = name ? format(this.t.typing, { name }) : this.t.typingAnonymous;
		this.typingEl.hidden = false;
		clearTimeout(this.timers.typing);
		this.timers.typing = setTimeout(() => this.hideTyping(), TYPING_SHOWN_MS);
	},

	hideTyping() {
		clearTimeout(this.timers.typing);
		this.typingEl.hidden = true;
		this.typingEl.textContent = '';
	},

	/** Messages count as read only when the customer can see them. */
	visible() {
		return this.inView && document.visibilityState !== 'hidden' && this.root.isConnected
			&& this.root.getClientRects().length > 0;
	},

	scheduleRead() {
		clearTimeout(this.timers.read);
		this.timers.read = setTimeout(() => this.markRead(), 300);
	},

	markRead() {
		const store = this.store;
		if (!this.conversationId || this.sessionExpired || !this.visible()) {
			return;
		}
		const seq = store.syncedSeq;
		if (seq <= store.readSent) {
			return;
		}
		const previous = store.readSent;
		store.readSent = seq;
		this.api('POST', '/api/v1/conversations/' + encodeURIComponent(this.conversationId) + '/read', { seq })
			.catch(() => {
				store.readSent = Math.min(store.readSent, previous);
			});
	}

};
