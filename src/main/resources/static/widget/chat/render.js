/**
 * Rendering the conversation: first a plain description of what to show (no DOM, so it can be
 * tested without a browser), then the elements, updated in place so that focus, scroll and
 * images survive a live update.
 */
import { el, linkParts, linkified } from './dom.js';
import { isSideQuestion, quickReplyButtons, quickRepliesElement, sideQuestionElement } from './quick-replies.js';

/**
 * The list in order with its day separators, and whether each message shows its author: not
 * for the customer's own or the system's, not again for the next message of the same author
 * on the same day.
 */
export function layout(sorted, dayKey) {
	const items = [];
	const usedDays = new Set();
	let previous = null;
	sorted.forEach((entry) => {
		const day = dayKey(entry.createdAt);
		const previousDay = previous ? dayKey(previous.createdAt) : null;
		if (day !== previousDay && !usedDays.has(day)) {
			usedDays.add(day);
			items.push({ day, time: entry.createdAt });
		}
		const showAuthor = !entry.own && entry.authorKind !== 'SYSTEM'
			&& (!previous || previous.authorKind !== entry.authorKind || previous.authorName !== entry.authorName
				|| day !== previousDay);
		items.push({ entry, showAuthor });
		previous = entry;
	});
	return items;
}

export function authorLabel(entry, t) {
	if (entry.authorKind === 'BOT') {
		return entry.authorName || t.bot;
	}
	return entry.authorName || t.support;
}

/**
 * One message as plain data. image: the attachment's state (null: none; 'loading'; 'failed';
 * or {url}); timeLabel: the formatted time.
 */
export function messageView(entry, { showAuthor, delivery, chosen, image, t, timeLabel }) {
	const kind = entry.authorKind || 'PARTICIPANT';
	let picture = null;
	if (entry.attachmentId || entry.localPreview) {
		if (!image && entry.attachmentId) {
			picture = 'loading';
		}
		else if (!image || image.failed) {
			picture = 'failed';
		}
		else {
			picture = { url: image.url, alt: entry.text || t.photo };
		}
	}
	return {
		className: 'yc-message ' + (entry.own ? 'yc-own' : 'yc-theirs') + ' yc-kind-' + kind.toLowerCase()
			+ (delivery === 'failed' ? ' yc-failed' : ''),
		attributes: {
			'data-author-kind': kind,
			'data-seq': entry.seq != null ? String(entry.seq) : null,
			'data-client-message-id': entry.clientMessageId || undefined,
			'data-delivery': delivery || null
		},
		author: showAuthor ? authorLabel(entry, t) : null,
		image: picture,
		text: linkParts(entry.text || ''),
		time: { iso: new Date(entry.createdAt).toISOString(), label: timeLabel },
		tick: delivery ? { state: delivery, label: t[delivery] } : null,
		quickReplies: (entry.actions && entry.actions.length) ? quickReplyButtons(entry.actions, chosen) : null,
		retry: delivery === 'failed' ? t.failed + ' · ' + t.retry : null
	};
}

/** The Chat's part: the list of messages. */
export const Rendering = {

	nearBottom() {
		const s = this.scroller;
		return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
	},

	dayKey(time) {
		return this.dayKeyFormat.format(new Date(time));
	},

	render(forceScroll) {
		if (this.destroyed) {
			return;
		}
		const stick = forceScroll || this.nearBottom();
		const items = layout(this.store.sorted(), this.dayKey.bind(this));
		let cursor = this.list.firstChild;
		const place = (node) => {
			if (node === cursor) {
				cursor = cursor.nextSibling;
			}
			else {
				this.list.insertBefore(node, cursor);
			}
		};
		const usedDays = new Set();
		items.forEach((item) => {
			if (item.day) {
				usedDays.add(item.day);
				place(this.daySeparator(item.day, item.time));
			}
			else {
				this.renderEntry(item.entry, item.showAuthor);
				place(item.entry.el);
			}
		});
		while (cursor) {
			const next = cursor.nextSibling;
			cursor.remove();
			cursor = next;
		}
		this.daySeparators.forEach((node, key) => {
			if (!usedDays.has(key)) {
				this.daySeparators.delete(key);
			}
		});
		this.emptyEl.hidden = this.store.entries.length > 0;
		if (stick) {
			this.scroller.scrollTop = this.scroller.scrollHeight;
		}
	},

	daySeparator(key, time) {
		let node = this.daySeparators.get(key);
		if (!node) {
			node = el('div', { className: 'yc-day', role: 'separator' }, [el('span')]);
			this.daySeparators.set(key, node);
		}
		node.firstChild.textContent = this.dayLabel(key, time);
		return node;
	},

	dayLabel(key, time) {
		const now = Date.now();
		if (key === this.dayKey(now)) {
			return this.t.today;
		}
		if (key === this.dayKey(now - 86400000)) {
			return this.t.yesterday;
		}
		return this.dayFormat.format(new Date(time));
	},

	renderEntry(entry, showAuthor) {
		const delivery = this.store.deliveryState(entry);
		const image = entry.localPreview || (entry.attachmentId ? this.images.get(entry.attachmentId) : null);
		const chosen = this.store.chosenAction(entry);
		const signature = [entry.seq, entry.text, entry.attachmentId, entry.authorName, delivery, showAuthor,
			image && image.url, image && image.failed, entry.createdAt, (entry.actions || []).length, chosen].join('|');
		if (entry.el && entry.signature === signature) {
			return;
		}
		entry.signature = signature;
		const view = messageView(entry, { showAuthor, delivery, chosen, image, t: this.t,
			timeLabel: this.timeFormat.format(new Date(entry.createdAt)) });
		const node = entry.el || el('div', { 'data-testid': 'chat-message' });
		entry.el = node;
		node.className = view.className;
		Object.keys(view.attributes).forEach((name) => {
			const value = view.attributes[name];
			if (value) {
				node.setAttribute(name, value);
			}
			else if (value === null) {
				node.removeAttribute(name);
			}
		});
		node.textContent = '';
		if (view.author) {
			node.appendChild(el('div', { className: 'yc-author', text: view.author }));
		}
		const bubble = el('div', { className: 'yc-bubble' });
		if (view.image) {
			bubble.appendChild(this.imageElement(entry, view.image));
		}
		const text = el('div', { className: 'yc-text', 'data-testid': 'chat-message-text' });
		text.appendChild(linkified(entry.text || ''));
		bubble.appendChild(text);
		const meta = el('div', { className: 'yc-meta' }, [el('time', { dateTime: view.time.iso, text: view.time.label })]);
		if (view.tick) {
			meta.appendChild(el('span', { className: 'yc-tick yc-tick-' + view.tick.state, title: view.tick.label,
				'aria-label': view.tick.label, role: 'img' }));
		}
		bubble.appendChild(meta);
		node.appendChild(bubble);
		if (view.quickReplies) {
			node.appendChild(isSideQuestion(entry.actions)
				? sideQuestionElement(entry.actions, chosen, this.t, (action, comment) => this.sendAction(action, comment))
				: quickRepliesElement(entry.actions, chosen, (action) => this.sendAction(action)));
		}
		if (view.retry) {
			const retry = el('button', { type: 'button', className: 'yc-retry', text: view.retry });
			retry.addEventListener('click', () => this.retry(entry));
			node.appendChild(retry);
		}
	}

};
