/**
 * The live connection and catching up: STOMP over WebSocket at /ws (the CONNECT frame carries
 * the token), subscribed to the conversation's topic; on every (re)connect, and whenever a seq is
 * missing, the REST catch-up fills in what the stream did not bring. Without any STOMP client the
 * chat polls instead.
 */
import { OWN } from './store.js';

export const STOMP_SCRIPTS = [
	'/webjars/stomp__stompjs/bundles/stomp.umd.min.js',
	'/webjars/stomp__stompjs/7.0.0/bundles/stomp.umd.min.js'
];
export const POLL_MS = 4000;

let stompLoading = null;

function loadScript(src) {
	return new Promise((resolve) => {
		const script = document.createElement('script');
		script.src = src;
		script.async = true;
		script.onload = () => resolve(true);
		script.onerror = () => {
			script.remove();
			resolve(false);
		};
		document.head.appendChild(script);
	});
}

/** The STOMP client class: the page's, or loaded from the WebJar (version-less, then pinned); null if none. */
export function loadStomp(base) {
	const found = () => !!(globalThis.StompJs && globalThis.StompJs.Client);
	if (found()) {
		return Promise.resolve(globalThis.StompJs);
	}
	if (!stompLoading) {
		stompLoading = STOMP_SCRIPTS.reduce((previous, path) => previous.then((done) => {
			if (done || found()) {
				return true;
			}
			return loadScript(base + path).then(found);
		}), Promise.resolve(false)).then((ok) => {
			if (!ok) {
				stompLoading = null;
				return null;
			}
			return globalThis.StompJs;
		});
	}
	return stompLoading;
}

/** ws: or wss: as the page's (or Yordam's) scheme, at {base}/ws. */
export function webSocketUrl(base, pageUrl) {
	const url = new URL((base || '') + '/ws', pageUrl);
	url.protocol = (url.protocol === 'https:') ? 'wss:' : 'ws:';
	return url.href;
}

/** The Chat's part. */
export const Connection = {

	start(conversationId) {
		const resumed = conversationId ? this.resume(conversationId) : Promise.resolve();
		resumed.then(() => this.connectLive());
	},

	resume(conversationId) {
		return this.api('GET', '/api/v1/conversations/' + encodeURIComponent(conversationId)).then((c) => {
			this.adopt(c);
			return this.catchUp();
		}).catch((error) => {
			if (error.status === 404) {
				this.showError(this.t.notFound, error, 'not-found');
			}
			else if (error.transient) {
				// Keep the id: the live connection's catch-up loads the history when the network is back.
				this.conversationId = conversationId;
			}
		});
	},

	/** The conversation was started or resumed. */
	adopt(conversation) {
		const fresh = this.conversationId !== conversation.id;
		this.conversationId = conversation.id;
		if (conversation.orderId) {
			this.orderId = conversation.orderId;
		}
		this.store.adoptMarks(conversation);
		if (fresh) {
			this.subscribe();
			this.emit('conversation', { conversationId: this.conversationId, orderId: this.orderId });
		}
	},

	connectLive() {
		if (this.destroyed) {
			return Promise.resolve();
		}
		return loadStomp(this.base).then((Stomp) => {
			if (this.destroyed) {
				return;
			}
			if (!Stomp) {
				// No STOMP client anywhere: fall back to polling, which keeps the chat usable.
				this.setStatus('offline');
				this.timers.poll = setInterval(() => this.catchUp(), POLL_MS);
				return;
			}
			let connectedOnThisSocket = false;
			this.client = new Stomp.Client({
				brokerURL: webSocketUrl(this.base, globalThis.location.href),
				connectHeaders: { Authorization: 'Bearer ' + this.token },
				reconnectDelay: 3000,
				heartbeatIncoming: 10000,
				heartbeatOutgoing: 10000,
				debug: () => {},
				beforeConnect: () => {
					connectedOnThisSocket = false;
					this.client.connectHeaders = { Authorization: 'Bearer ' + this.token };
					if (this.status !== 'offline') {
						this.setStatus('connecting');
					}
				},
				onConnect: () => {
					connectedOnThisSocket = true;
					this.subscription = null;
					this.noticeSubscription = null;
					this.setStatus('online');
					this.subscribe();
					this.noticesConnected();
					this.catchUp();
					this.reloadFailedImages();
					this.wake();
					this.retryFailed();
				},
				onWebSocketClose: () => {
					this.subscription = null;
					this.noticeSubscription = null;
					if (!this.destroyed) {
						this.setStatus('offline');
					}
				},
				onStompError: (frame) => {
					if (!connectedOnThisSocket) {
						// CONNECT refused: most likely the token. Ask the REST API to be sure.
						this.probeToken();
					}
					this.emit('error', { kind: 'live', message: frame.headers && frame.headers.message });
				}
			});
			if (!this.sessionExpired) {
				this.client.activate();
			}
		});
	},

	probeToken() {
		// api() handles a 401 itself; anything else leaves the reconnect loop running.
		this.api('GET', '/api/v1/conversations').catch(() => this);
	},

	subscribe() {
		if (!this.conversationId || !this.client || !this.client.connected || this.subscription) {
			return;
		}
		this.subscription = this.client.subscribe('/topic/conversations.' + this.conversationId, (frame) => {
			let event;
			try {
				event = JSON.parse(frame.body);
			}
			catch (e) {
				return;
			}
			this.onLive(event);
		});
		this.loadQueue();
	},

	onLive(event) {
		if (!event || !event.type) {
			return;
		}
		if (event.type === 'message' && event.message) {
			const m = event.message;
			const known = this.store.has(m.id);
			this.upsert(m);
			if (m.authorKind !== OWN) {
				this.hideTyping();
			}
			this.render(m.authorKind === OWN);
			this.scheduleRead();
			if (!known) {
				this.emit('message', { message: m });
			}
		}
		else if (event.type === 'queue') {
			this.showQueue(event);
		}
		else if (event.type === 'typing' && event.side === 'support') {
			this.showTyping(event.name);
		}
		else if (event.type === 'read' && event.side === 'support') {
			if (this.store.supportRead(event.seq)) {
				this.render(false);
			}
		}
	},

	/** Merges a message from the server; a gap before it starts the watch for the missing one. */
	upsert(m) {
		const entry = this.store.upsert(m);
		if (this.store.gapBefore(m.seq)) {
			this.gaps.noticed();
		}
		return entry;
	},

	/** Loads every message after the last one held without a gap (see catch-up.js). */
	catchUp() {
		if (!this.conversationId || this.sessionExpired || this.destroyed) {
			return Promise.resolve();
		}
		return this.catchingUp();
	}

};
