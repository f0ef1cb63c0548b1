/**
 * Sending without losing or doubling a message: each gets its own clientMessageId, shows at once
 * as "sending", goes one at a time in the order written, and is sent again with the same id after
 * a network failure (the server answers a repeat with the message it already stored).
 */
import { uuid, sleep, parseTime } from './util.js';
import { problemText } from './api.js';

export const AUTO_RETRIES = 6;

/** The wait before the n-th automatic retry (1 s, 2 s, 4 s … at most 15 s). */
export function retryDelay(attempt) {
	return Math.min(1000 * Math.pow(2, attempt - 1), 15000);
}

/** How often a send the server shed (429 + Retry-After) is offered again before it shows as failed. */
export const SHED_RETRIES = 40;

/** The longest wait the widget accepts from a Retry-After. */
export const MAX_SHED_WAIT = 30000;

/**
 * The wait before offering a shed send again: the server's Retry-After (at least 1 s, at most
 * 30 s) plus up to half of it at random, so that the customers shed in the same second don't all
 * come back in the same second.
 */
export function shedDelay(retryAfterMs, random = Math.random) {
	const base = Math.min(Math.max(retryAfterMs || 0, 1000), MAX_SHED_WAIT);
	return Math.round(base + base * 0.5 * random());
}

/** The Chat's part. */
export const Sending = {

	updateComposer() {
		const input = this.input;
		input.style.height = 'auto';
		const border = input.offsetHeight - input.clientHeight;
		const wanted = input.scrollHeight + border;
		input.style.height = Math.min(wanted, 140) + 'px';
		input.style.overflowY = wanted > 140 ? 'auto' : 'hidden';
		this.sendButton.disabled = input.value.trim() === '';
	},

	sendText() {
		const text = this.input.value.trim();
		if (!text) {
			return;
		}
		if (this.sessionExpired) {
			this.showError(this.t.sessionExpired, null, 'session-expired');
			return;
		}
		const entry = this.store.addLocal({ clientMessageId: uuid(), text });
		this.input.value = '';
		this.updateComposer();
		this.clearError(false);
		this.render(true);
		this.enqueue({ kind: 'text', entry, text });
		this.input.focus({ preventScroll: true });
	},

	retry(entry) {
		if (this.sessionExpired) {
			this.showError(this.t.sessionExpired, null, 'session-expired');
			return;
		}
		entry.state = 'sending';
		this.render(false);
		this.enqueue(entry.job);
	},

	/** Sends again, by itself, what failed only because the network (or the session) was gone. */
	retryFailed() {
		this.store.entries.forEach((entry) => {
			if (entry.state === 'failed' && entry.job && entry.job.transientFailure && this.queue.indexOf(entry.job) < 0) {
				this.retry(entry);
			}
		});
	},

	enqueue(job) {
		job.entry.job = job;
		job.firstAttemptAt = job.firstAttemptAt || Date.now();
		if (this.queue.indexOf(job) < 0) {
			this.queue.push(job);
		}
		this.pump();
	},

	/** One message at a time, in the order they were written. */
	pump() {
		if (this.pumping) {
			return;
		}
		this.pumping = true;
		const next = () => {
			if (this.destroyed || this.queue.length === 0) {
				this.pumping = false;
				return;
			}
			this.run(this.queue[0]).then(() => {
				this.queue.shift();
				next();
			});
		};
		next();
	},

	/** The wait between attempts (ended early when the network comes back). */
	waitBeforeRetry(ms) {
		return sleep(ms, this.wakers);
	},

	run(job) {
		const entry = job.entry;
		let attempt = 0;
		let shed = 0;
		job.transientFailure = false;
		const tryOnce = () => {
			if (this.destroyed || entry.id) {
				return Promise.resolve(); // delivered meanwhile: the stream or a catch-up brought it back
			}
			if (this.sessionExpired) {
				job.transientFailure = true;
				entry.state = 'failed';
				this.render(false);
				return Promise.resolve();
			}
			return this.deliver(job).then(() => {
				entry.busy = false;
				this.clearError(false);
				this.render(false);
			}, (error) => {
				if (error && error.retryAfterMs != null && shed < SHED_RETRIES) {
					// Shed by a busy server: nothing was stored. Stay calm and "sending", then offer
					// the same clientMessageId again; the server stores it once.
					shed++;
					entry.busy = true;
					entry.state = 'sending';
					this.showError(this.t.busy, error, 'busy');
					this.render(false);
					return this.waitBeforeRetry(shedDelay(error.retryAfterMs)).then(tryOnce);
				}
				entry.busy = false;
				if (error && error.transient) {
					attempt++;
					if (attempt > AUTO_RETRIES) {
						job.transientFailure = true;
						entry.state = 'failed';
						this.render(false);
						return undefined;
					}
					return this.waitBeforeRetry(retryDelay(attempt)).then(tryOnce);
				}
				this.refused(job, error);
				return undefined;
			});
		};
		return tryOnce();
	},

	deliver(job) {
		const entry = job.entry;
		const ready = this.conversationId ? Promise.resolve(false) : this.startConversation(job);
		return ready.then((startedWithMessage) => {
			if (startedWithMessage) {
				return this.catchUp().then(() => {
					if (!entry.id) {
						entry.state = 'sent'; // stored with the conversation; the stream will bring its seq
					}
				});
			}
			const base = '/api/v1/conversations/' + encodeURIComponent(this.conversationId);
			let call;
			if (job.kind === 'image') {
				const form = new FormData();
				form.append('file', job.file, job.file.name || 'image');
				form.append('clientMessageId', entry.clientMessageId);
				call = this.api('POST', base + '/images', form);
			}
			else {
				const body = { clientMessageId: entry.clientMessageId, text: job.text };
				if (job.actionId) {
					body.actionId = job.actionId;
				}
				call = this.api('POST', base + '/messages', body);
			}
			return call.then((message) => {
				if (message && message.id) {
					this.upsert(message);
				}
			});
		});
	},

	/**
	 * Opens the conversation with its first message, so that no empty conversation is left behind. A start with text
	 * is idempotent on the server by its client message id (a retry answers 200 with the same conversation); a start
	 * without text (an image first) is not, so before trying again after a network failure it looks for the
	 * conversation the lost answer would have named.
	 */
	startConversation(job) {
		const found = job.startAttempted ? this.findStarted(job) : Promise.resolve(null);
		return found.then((conversation) => {
			if (conversation) {
				this.adopt(conversation);
				return job.kind === 'text';
			}
			job.startAttempted = true;
			const body = { orderId: this.orderId, text: null, clientMessageId: null };
			if (job.kind === 'text') {
				body.text = job.text;
				body.clientMessageId = job.entry.clientMessageId;
			}
			return this.api('POST', '/api/v1/conversations', body).then((started) => {
				this.adopt(started);
				return job.kind === 'text';
			});
		});
	},

	findStarted(job) {
		const since = job.firstAttemptAt - 5 * 60 * 1000;
		return this.api('GET', '/api/v1/conversations').then((conversations) => {
			const candidates = (conversations || []).filter((c) =>
				(c.orderId || null) === (this.orderId || null) && parseTime(c.createdAt) >= since).slice(0, 3);
			if (job.kind !== 'text') {
				return candidates.filter((c) => !c.lastSeq)[0] || null;
			}
			return candidates.reduce((previous, c) => previous.then((hit) => {
				if (hit) {
					return hit;
				}
				return this.api('GET', '/api/v1/conversations/' + encodeURIComponent(c.id) + '/messages?after=0&limit=20')
					.then((messages) => ((messages || []).some((m) => m.clientMessageId === job.entry.clientMessageId) ? c : null));
			}), Promise.resolve(null));
		});
	},

	/** The server said no: take the bubble back, give the text back to the input, say why. */
	refused(job, error) {
		const entry = job.entry;
		if (error.status === 401) {
			job.transientFailure = true;
			entry.state = 'failed';
			this.render(false);
			return;
		}
		if (job.kind === 'text' && this.input.value.trim() === '') {
			this.removeEntry(entry);
			this.input.value = job.text;
			this.updateComposer();
		}
		else if (job.kind === 'image') {
			this.removeEntry(entry);
		}
		else {
			entry.state = 'failed';
		}
		this.render(false);
		this.showError(problemText(this.t, this.locale, error), error, 'refused');
	},

	removeEntry(entry) {
		this.store.remove(entry);
		if (entry.el) {
			entry.el.remove();
		}
	}

};
