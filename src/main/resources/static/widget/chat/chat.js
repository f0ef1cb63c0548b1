/**
 * One mounted widget: its state and its life (events, errors, the token, destroy). What it does is
 * in the modules beside this one, each a part of the Chat: connection.js (live and catch-up),
 * render.js, quick-replies.js, faq.js, uploads.js, sending.js, presence.js, queue.js, notices.js (and push.js).
 */
import { strings, localeOf, LANGUAGE_TAGS } from './i18n.js';
import { dateFormat } from './util.js';
import { request, ChatError } from './api.js';
import { MessageStore } from './store.js';
import { catchingUp, gapWatch, PAGE_SIZE } from './catch-up.js';
import { buildShell, ensureStyles } from './shell.js';
import { closeOnBack } from './back.js';
import { Connection } from './connection.js';
import { Rendering } from './render.js';
import { QuickReplies } from './quick-replies.js';
import { Faq } from './faq.js';
import { Uploads } from './uploads.js';
import { Sending } from './sending.js';
import { Presence } from './presence.js';
import { QueuePlace } from './queue.js';
import { Notices } from './notices.js';

let instances = 0;

export class Chat {

	constructor(host, options) {
		this.host = host;
		this.options = options || {};
		this.base = String(this.options.baseUrl || '').replace(/\/+$/, '');
		this.token = this.options.token || '';
		this.locale = localeOf(this.options.locale);
		this.t = strings(this.locale);
		this.orderId = this.options.orderId || null;
		this.conversationId = null;
		this.store = new MessageStore();
		this.queue = [];
		this.pumping = false;
		this.wakers = [];
		this.images = new Map();
		this.loadingImages = {};
		this.blobUrls = [];
		this.daySeparators = new Map();
		this.status = null;
		this.sessionExpired = false;
		this.destroyed = false;
		this.lastTypingSent = 0;
		this.inView = true;
		this.timers = {};
		this.id = ++instances;
		this.catchingUp = catchingUp({
			load: (after) => this.api('GET', '/api/v1/conversations/' + encodeURIComponent(this.conversationId)
				+ '/messages?after=' + after + '&limit=' + PAGE_SIZE),
			apply: (messages) => {
				const before = this.store.entries.length;
				messages.forEach((m) => this.upsert(m));
				this.render(false);
				if (this.store.entries.length > before) {
					this.scheduleRead();
				}
			},
			syncedSeq: () => this.store.syncedSeq,
			onError: (error) => {
				if (error.status === 404) {
					this.showError(this.t.notFound, error, 'not-found');
				}
			}
		});
		this.gaps = gapWatch({ missing: () => this.store.missing(), catchUp: () => this.catchUp() });

		const tz = this.options.timeZone || undefined;
		const tag = LANGUAGE_TAGS[this.locale];
		this.timeFormat = dateFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: tz });
		this.dayFormat = dateFormat(tag, { day: 'numeric', month: 'long', timeZone: tz });
		this.dayKeyFormat = dateFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: tz });

		ensureStyles(this.base);
		buildShell(this);
		this.updateComposer();
		this.setStatus('connecting');
		this.listen();
		if (this.options.closeOnBack && typeof this.options.onClose === 'function') {
			this.releaseBack = closeOnBack(globalThis, () => this.options.onClose());
		}
		if (!this.token) {
			this.expire();
		}
		this.start(this.options.conversationId);
	}

	listen() {
		this.form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.sendText();
		});
		this.input.addEventListener('keydown', (event) => {
			if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
				event.preventDefault();
				this.sendText();
			}
		});
		this.input.addEventListener('input', () => {
			this.updateComposer();
			this.typed();
		});
		this.attachInput.addEventListener('change', () => {
			const file = this.attachInput.files && this.attachInput.files[0];
			this.attachInput.value = '';
			if (file) {
				this.sendImage(file);
			}
		});
		this.scroller.addEventListener('scroll', () => {
			if (this.nearBottom()) {
				this.scheduleRead();
			}
		});
		this.onVisibility = () => {
			if (document.visibilityState === 'visible') {
				this.scheduleRead();
			}
		};
		this.onOnline = () => {
			this.wake();
			this.retryFailed();
		};
		this.onOffline = () => this.setStatus('offline');
		document.addEventListener('visibilitychange', this.onVisibility);
		globalThis.addEventListener('focus', this.onVisibility);
		globalThis.addEventListener('online', this.onOnline);
		globalThis.addEventListener('offline', this.onOffline);
		if (typeof IntersectionObserver === 'function') {
			this.observer = new IntersectionObserver((records) => {
				this.inView = records.some((r) => r.isIntersecting);
				if (this.inView) {
					this.scheduleRead();
				}
			});
			this.observer.observe(this.root);
		}
	}

	api(method, path, body) {
		return request({ base: this.base, token: this.token, method, path, body, onUnauthorized: () => this.expire() });
	}

	expire() {
		if (this.sessionExpired) {
			return;
		}
		this.sessionExpired = true;
		if (this.client) {
			this.client.deactivate();
		}
		this.setStatus('offline');
		this.showError(this.t.sessionExpired, new ChatError(401, null, false), 'session-expired');
	}

	setStatus(state) {
		if (this.status === state) {
			return;
		}
		this.status = state;
		this.statusEl.setAttribute('data-state', state);
		this.statusText.textContent = this.t[state];
		this.emit('status', { state });
	}

	showError(text, error, kind) {
		this.errorText.textContent = text;
		this.errorEl.hidden = false;
		this.errorEl.setAttribute('data-kind', kind);
		const detail = { kind, status: error ? error.status : null, message: text, problem: error ? error.problem : null };
		this.emit('error', detail);
		if (typeof this.options.onError === 'function') {
			try {
				this.options.onError(detail);
			}
			catch (e) {
				// the page's handler must not break the widget
			}
		}
	}

	clearError(byUser) {
		if (this.sessionExpired && !byUser) {
			return;
		}
		this.errorEl.hidden = true;
		this.errorText.textContent = '';
		this.errorEl.removeAttribute('data-kind');
	}

	/** Ends the waits between retries: the network is back. */
	wake() {
		this.wakers.splice(0).forEach((w) => w());
	}

	emit(name, detail) {
		this.host.dispatchEvent(new CustomEvent('yordam:' + name, { detail, bubbles: true }));
	}

	setToken(token) {
		this.token = token || '';
		if (!this.token) {
			return;
		}
		const wasExpired = this.sessionExpired;
		this.sessionExpired = false;
		this.clearError(true);
		if (wasExpired) {
			if (this.client) {
				this.client.activate();
			}
			else {
				this.connectLive();
			}
			this.catchUp();
			this.retryFailed(); // what failed only because of the expired session goes out again
		}
	}

	destroy() {
		if (this.destroyed) {
			return;
		}
		this.destroyed = true;
		this.wake();
		if (this.client) {
			this.client.deactivate();
		}
		this.gaps.cancel();
		Object.keys(this.timers).forEach((k) => {
			clearTimeout(this.timers[k]);
			clearInterval(this.timers[k]);
		});
		document.removeEventListener('visibilitychange', this.onVisibility);
		globalThis.removeEventListener('focus', this.onVisibility);
		globalThis.removeEventListener('online', this.onOnline);
		globalThis.removeEventListener('offline', this.onOffline);
		if (this.observer) {
			this.observer.disconnect();
		}
		if (this.releaseBack) {
			this.releaseBack();
		}
		this.blobUrls.forEach((url) => URL.revokeObjectURL(url));
		this.root.remove();
	}

}

Object.assign(Chat.prototype, Connection, Rendering, QuickReplies, Faq, Uploads, Sending, Presence, QueuePlace, Notices);
