/**
 * Web Push, asked for politely: never on load, only once the customer has had a notice (they have
 * just seen what they would get), and never again after "Not now" on this browser. "Turn on" asks
 * the browser, subscribes with the server's VAPID key through the service worker beside the widget
 * (push-sw.js, which shows the notice and opens the app on its order when tapped) and hands the
 * subscription to the server. A server without Web Push answers 404 for the key: no offer.
 */
import { el } from './dom.js';

const DECLINED = 'yordam.push.declined';

function supported() {
	return typeof Notification !== 'undefined' && typeof navigator !== 'undefined' && 'serviceWorker' in navigator
		&& typeof PushManager !== 'undefined';
}

function declined() {
	try {
		return globalThis.localStorage.getItem(DECLINED) === '1';
	}
	catch (e) {
		return false;
	}
}

/** The VAPID key (base64url) as the bytes PushManager.subscribe wants. */
export function keyBytes(base64url) {
	const padded = base64url.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((base64url.length + 3) % 4);
	const raw = atob(padded);
	return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

/** The Chat's part (through Notices). */
export const PushOffer = {

	/** The service worker: the page's own (options.pushWorker), or the one beside the widget if same-origin. */
	pushWorkerUrl() {
		if (this.options.pushWorker) {
			return this.options.pushWorker;
		}
		const url = new URL(this.base + '/widget/push-sw.js', globalThis.location.href);
		if (url.origin !== globalThis.location.origin) {
			return null; // a service worker must come from the page's origin
		}
		// Where a tapped notification opens: this page, as it is now (its customer and all).
		const app = new URL(globalThis.location.href);
		app.searchParams.delete('yordam-order');
		app.hash = '';
		url.searchParams.set('app', app.href);
		return url.href;
	},

	/** Shows the offer if this browser could take push and nobody has answered it yet. */
	offerPush() {
		if (this.pushOffered || !supported() || !this.pushWorkerUrl()) {
			return;
		}
		this.pushOffered = true;
		this.api('GET', '/api/v1/me/push/vapid-key').then((key) => {
			if (!key || !key.publicKey) {
				return;
			}
			this.vapidKey = key.publicKey;
			if (Notification.permission === 'granted') {
				this.subscribePush(false); // already allowed: the server learns of this browser again
			}
			else if (Notification.permission === 'default' && !declined()) {
				this.showPushOffer();
			}
		}).catch(() => this);
	},

	showPushOffer() {
		const yes = el('button', { type: 'button', className: 'yc-push-yes', 'data-testid': 'chat-push-yes',
			text: this.t.pushYes });
		const no = el('button', { type: 'button', className: 'yc-push-no', 'data-testid': 'chat-push-no',
			text: this.t.pushNo });
		yes.addEventListener('click', () => this.subscribePush(true));
		no.addEventListener('click', () => {
			try {
				globalThis.localStorage.setItem(DECLINED, '1');
			}
			catch (e) {
				// asked again next time: no harm
			}
			this.pushOfferEl.hidden = true;
		});
		this.pushOfferEl.replaceChildren(el('span', { text: this.t.pushOffer }), el('div', { className: 'yc-push-buttons' },
			[yes, no]));
		this.pushOfferEl.hidden = false;
	},

	subscribePush(asked) {
		const ask = asked ? Notification.requestPermission() : Promise.resolve(Notification.permission);
		return ask.then((permission) => {
			if (permission !== 'granted') {
				this.pushState(permission === 'denied' ? 'pushBlocked' : null);
				return null;
			}
			return navigator.serviceWorker.register(this.pushWorkerUrl())
				.then((registration) => registration.pushManager.getSubscription()
					.then((existing) => existing || registration.pushManager.subscribe({
						userVisibleOnly: true, applicationServerKey: keyBytes(this.vapidKey) })))
				.then((subscription) => {
					const json = subscription.toJSON();
					return this.api('POST', '/api/v1/me/push/subscriptions', { endpoint: json.endpoint, keys: json.keys });
				})
				.then(() => this.pushState('pushOn'));
		}).catch(() => this.pushState(asked ? 'pushFailed' : null));
	},

	/** What the offer turns into: on, blocked by the browser, or could not be done. */
	pushState(key) {
		if (!this.noticePanel.hidden) {
			this.renderNoticePanel(); // its line tells the state
			return;
		}
		if (!key) {
			this.pushOfferEl.hidden = true;
			return;
		}
		this.pushStatus = key;
		this.pushOfferEl.replaceChildren(el('span', { 'data-testid': 'chat-push-state', 'data-state': key,
			text: this.t[key] }));
		this.pushOfferEl.hidden = false;
		clearTimeout(this.timers.pushState);
		this.timers.pushState = setTimeout(() => {
			this.pushOfferEl.hidden = true;
		}, 6000);
	},

	/** The history panel's line about this device. */
	pushControls() {
		if (!supported() || !this.vapidKey) {
			return el('p', { className: 'yc-push-line', hidden: true });
		}
		const permission = Notification.permission;
		if (permission === 'granted') {
			return el('p', { className: 'yc-push-line', 'data-testid': 'chat-push-line', text: this.t.pushOn });
		}
		if (permission === 'denied') {
			return el('p', { className: 'yc-push-line', 'data-testid': 'chat-push-line', text: this.t.pushBlocked });
		}
		const on = el('button', { type: 'button', className: 'yc-push-yes', 'data-testid': 'chat-push-enable',
			text: this.t.pushYes });
		on.addEventListener('click', () => this.subscribePush(true));
		return el('p', { className: 'yc-push-line', 'data-testid': 'chat-push-line' }, [this.t.pushOffer, ' ', on]);
	}

};
