/**
 * Notices: what support told the customer before they had to ask (a late order and the bonus it
 * earned, a new arrival time, a delivery). The newest unseen one is a strip under the header; the
 * bell opens the history and a switch per kind. A notice arrives live on the customer's own topic
 * (the server names it) and the history is read again on every (re)connect, so a frame missed is
 * not a notice lost. Only customers have notices: for a courier or a partner the server answers
 * 403 and the bell never shows.
 */
import { el, ICON_CLOSE } from './dom.js';
import { format } from './i18n.js';
import { PushOffer } from './push.js';

export const NOTICE_KINDS = ['ORDER_LATE', 'LATE_CARE_CREDITED', 'ETA_CHANGED', 'COURIER_NEAR', 'DELIVERED',
	'ITEM_CANCELLED', 'PAYMENT_DECLINED'];

const HISTORY = 30;

/** When the customer last looked at their notices, per customer, kept by the browser. */
function seenKey(live) {
	return 'yordam.notices.seen.' + live;
}

function readSeen(live) {
	try {
		return Number(globalThis.localStorage.getItem(seenKey(live))) || 0;
	}
	catch (e) {
		return 0;
	}
}

function writeSeen(live, at) {
	try {
		globalThis.localStorage.setItem(seenKey(live), String(at));
	}
	catch (e) {
		// private mode: the badge simply forgets
	}
}

/** The Chat's part. */
export const Notices = {

	/** Called on every live (re)connect: the switches, the history, the topic. */
	noticesConnected() {
		if (this.noticesOff || this.sessionExpired) {
			return;
		}
		const prefs = this.noticeLive ? Promise.resolve(null) : this.api('GET', '/api/v1/me/notice-preferences');
		prefs.then((p) => {
			if (p) {
				this.noticeLive = p.live;
				this.noticeEnabled = new Set(p.enabled || []);
				this.noticeSeen = readSeen(p.live);
				this.noticeBell.hidden = false;
			}
			return this.api('GET', '/api/v1/me/notices?limit=' + HISTORY);
		}).then((list) => {
			this.notices = [];
			(list || []).forEach((n) => this.keepNotice(n));
			this.renderNotices();
			this.subscribeNotices();
			if (this.notices.length) {
				this.offerPush();
			}
		}).catch((error) => {
			if (error && (error.status === 403 || error.status === 404)) {
				this.noticesOff = true; // not a customer, or a server without notices
			}
		});
	},

	subscribeNotices() {
		if (!this.noticeLive || !this.client || !this.client.connected || this.noticeSubscription) {
			return;
		}
		this.noticeSubscription = this.client.subscribe(this.noticeLive, (frame) => {
			let event;
			try {
				event = JSON.parse(frame.body);
			}
			catch (e) {
				return;
			}
			if (event && event.type === 'notice' && event.notice) {
				const fresh = this.keepNotice(event.notice);
				this.renderNotices();
				if (fresh) {
					this.emit('notice', { notice: event.notice });
					this.offerPush();
				}
			}
		});
	},

	/** Keeps a notice once, newest first; answers whether it was new. */
	keepNotice(n) {
		this.notices = this.notices || [];
		if (this.notices.some((known) => known.id === n.id)) {
			return false;
		}
		this.notices.push(n);
		this.notices.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
		this.notices.length = Math.min(this.notices.length, HISTORY);
		return true;
	},

	unseenNotices() {
		return (this.notices || []).filter((n) => Date.parse(n.at) > (this.noticeSeen || 0));
	},

	renderNotices() {
		const unseen = this.unseenNotices();
		this.noticeBadge.textContent = unseen.length ? String(unseen.length) : '';
		this.noticeBadge.hidden = !unseen.length;
		this.noticeBell.setAttribute('aria-label', unseen.length
			? format(this.t.noticesUnseen, { n: unseen.length }) : this.t.notices);
		const latest = unseen[0];
		this.noticeStrip.replaceChildren();
		this.noticeStrip.hidden = !latest || !this.noticePanel.hidden;
		if (latest) {
			this.noticeStrip.setAttribute('data-kind', latest.kind);
			this.noticeStrip.append(...this.noticeCard(latest, true));
		}
		if (!this.noticePanel.hidden) {
			this.renderNoticePanel();
		}
	},

	/** A notice's title, text, time and, for a delivered order, "Something wrong?". */
	noticeCard(n, dismissable) {
		const parts = [el('div', { className: 'yc-notice-text' }, [
			el('strong', { className: 'yc-notice-title', 'data-testid': 'chat-notice-title', text: n.title }),
			el('span', { className: 'yc-notice-body', 'data-testid': 'chat-notice-body', text: n.body }),
			el('time', { className: 'yc-notice-time', datetime: n.at, text: this.timeFormat.format(new Date(n.at)) })])];
		const actions = el('div', { className: 'yc-notice-actions' });
		if (n.kind === 'DELIVERED' && n.orderId) {
			const wrong = el('button', { type: 'button', className: 'yc-notice-action', 'data-testid': 'chat-notice-wrong',
				text: this.t.somethingWrong });
			wrong.addEventListener('click', () => this.somethingWrong(n));
			actions.appendChild(wrong);
		}
		if (dismissable) {
			const dismiss = el('button', { type: 'button', className: 'yc-icon-button yc-notice-dismiss',
				'data-testid': 'chat-notice-dismiss', 'aria-label': this.t.dismiss, title: this.t.dismiss, html: ICON_CLOSE });
			dismiss.addEventListener('click', () => this.markNoticesSeen());
			actions.appendChild(dismiss);
		}
		parts.push(actions);
		return parts;
	},

	markNoticesSeen() {
		const newest = (this.notices || []).reduce((at, n) => Math.max(at, Date.parse(n.at)), this.noticeSeen || 0);
		this.noticeSeen = newest;
		writeSeen(this.noticeLive, newest);
		this.renderNotices();
	},

	toggleNotices() {
		const open = this.noticePanel.hidden;
		this.noticePanel.hidden = !open;
		// The history takes the chat's place while open, as the help articles do.
		this.scroller.hidden = open;
		this.form.hidden = open;
		if (open) {
			this.faqEl.hidden = true;
			// The history has the push line of its own: the offer above waits until it closes.
			this.pushOfferHeld = !this.pushOfferEl.hidden;
			this.pushOfferEl.hidden = true;
		}
		else if (this.pushOfferHeld) {
			this.pushOfferHeld = false;
			this.pushOfferEl.hidden = typeof Notification === 'undefined' || Notification.permission !== 'default';
		}
		this.noticeBell.setAttribute('aria-expanded', String(open));
		if (open) {
			this.renderNoticePanel();
			this.markNoticesSeen();
			this.noticePanel.focus();
		}
		else {
			this.renderNotices();
		}
	},

	renderNoticePanel() {
		const list = el('ol', { className: 'yc-notice-list', 'data-testid': 'chat-notice-history' });
		(this.notices || []).forEach((n) => list.appendChild(el('li', { className: 'yc-notice', 'data-kind': n.kind,
			'data-testid': 'chat-notice-item' }, this.noticeCard(n, false))));
		const empty = el('p', { className: 'yc-notice-empty', text: this.t.noticesEmpty,
			hidden: (this.notices || []).length > 0 });
		const switches = el('fieldset', { className: 'yc-notice-switches', 'data-testid': 'chat-notice-switches' },
			[el('legend', { text: this.t.noticeSwitches })]);
		NOTICE_KINDS.forEach((kind) => {
			const id = 'yc-notice-' + this.id + '-' + kind;
			const box = el('input', { type: 'checkbox', id, 'data-kind': kind, 'data-testid': 'chat-notice-switch',
				checked: this.noticeEnabled && this.noticeEnabled.has(kind) });
			box.addEventListener('change', () => this.switchNotice(kind, box));
			switches.appendChild(el('div', { className: 'yc-notice-switch' },
				[box, el('label', { 'for': id, text: this.t['notice_' + kind] || kind })]));
		});
		const close = el('button', { type: 'button', className: 'yc-notice-close', 'data-testid': 'chat-notices-close',
			text: this.t.faqBack });
		close.addEventListener('click', () => this.toggleNotices());
		this.noticePanel.replaceChildren(el('h3', { className: 'yc-notice-heading', text: this.t.notices }), empty, list,
			switches, this.pushControls(), close);
	},

	switchNotice(kind, box) {
		box.disabled = true;
		this.api('PUT', '/api/v1/me/notice-preferences', { kind, enabled: box.checked }).then((p) => {
			this.noticeEnabled = new Set(p.enabled || []);
			box.checked = this.noticeEnabled.has(kind);
		}).catch(() => {
			box.checked = !box.checked;
			this.showError(this.t.generic, null, 'notice-switch');
		}).finally(() => {
			box.disabled = false;
		});
	},

	/**
	 * "Something wrong?" on a delivered order: the chat turns to that order. Before the
	 * conversation has started it is simply about that order; a conversation about another one
	 * is the page's to switch (the event, and onOrderHelp).
	 */
	somethingWrong(n) {
		this.markNoticesSeen();
		if (!this.noticePanel.hidden) {
			this.toggleNotices();
		}
		if (this.conversationId && this.orderId !== n.orderId) {
			this.emit('order-help', { orderId: n.orderId, orderNumber: n.orderNumber });
			if (typeof this.options.onOrderHelp === 'function') {
				this.options.onOrderHelp({ orderId: n.orderId, orderNumber: n.orderNumber });
				return;
			}
		}
		else if (!this.conversationId) {
			this.orderId = n.orderId;
			if (this.subtitleEl) {
				this.subtitleEl.textContent = format(this.t.aboutOrder, { order: n.orderNumber });
				this.subtitleEl.hidden = false;
			}
		}
		if (!this.input.value.trim()) {
			this.input.value = format(this.t.somethingWrongText, { order: n.orderNumber });
			this.updateComposer();
		}
		this.input.focus({ preventScroll: true });
	}

};

Object.assign(Notices, PushOffer);
