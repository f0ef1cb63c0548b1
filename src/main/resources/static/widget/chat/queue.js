/** The customer's place in the queue and the honest wait (docs/sla-routing.md). */
import { format } from './i18n.js';

/** The line to show, or null when there is none: place 0 means a person has the chat. */
export function queueText(t, queue) {
	if (!queue || !queue.place) {
		return null;
	}
	const wait = (queue.waitMinutes == null) ? t.queueUnknown
		: format(queue.more ? t.queueMore : t.queueWait, { min: queue.waitMinutes });
	return format(t.queuePlace, { place: queue.place }) + ' · ' + wait;
}

/** The Chat's part: read once when subscribing, then live as {type: "queue"} frames. */
export const QueuePlace = {

	showQueue(queue) {
		if (!this.queueEl) {
			return;
		}
		const text = queueText(this.t, queue);
		this.queueEl.hidden = text == null;
		if (text != null) {
			this.queueEl.textContent = text;
		}
	},

	loadQueue() {
		if (!this.conversationId) {
			return;
		}
		this.api('GET', '/api/v1/conversations/' + this.conversationId + '/queue')
			.then((queue) => this.showQueue(queue))
			.catch(() => null);
	}

};
