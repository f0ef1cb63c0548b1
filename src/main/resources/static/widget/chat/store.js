/**
 * The conversation as the widget holds it, with no DOM: the same message may come from the POST
 * that sent it, the live stream and a catch-up, so messages are merged by id, by the customer's
 * clientMessageId and by seq, and kept in seq order (the ones still being sent after them, in the
 * order written). It also keeps the read marks of both sides.
 */
import { parseTime } from './util.js';

export const OWN = 'PARTICIPANT';

export class MessageStore {

	constructor(now = Date.now) {
		this.now = now;
		this.entries = [];
		this.byId = new Map();
		this.byClientId = new Map();
		this.bySeq = new Map();
		this.localOrder = 0;
		/** Every message up to this seq is held: catch-up asks for what comes after it. */
		this.syncedSeq = 0;
		/** Support has read the customer's messages up to this seq. */
		this.supportReadSeq = 0;
		/** The customer's read mark as last sent (or as the server knows it). */
		this.readSent = 0;
	}

	has(id) {
		return this.byId.has(id);
	}

	/** Adds or merges a message from the server; returns its entry. */
	upsert(m) {
		let entry = this.byId.get(m.id)
			|| (m.clientMessageId && m.authorKind === OWN && this.byClientId.get(m.clientMessageId))
			|| (m.seq != null && this.bySeq.get(m.seq));
		if (!entry) {
			entry = { key: 'm-' + m.id, localOrder: ++this.localOrder };
			this.entries.push(entry);
		}
		entry.id = m.id;
		entry.seq = m.seq;
		entry.authorKind = m.authorKind;
		entry.authorName = m.authorName;
		entry.text = m.text || '';
		entry.attachmentId = m.attachmentId || null;
		entry.attachmentType = m.attachmentType || null;
		entry.clientMessageId = m.clientMessageId || entry.clientMessageId || null;
		// Quick replies this message offers, and the one a customer's message chose.
		entry.actions = m.actions || [];
		entry.actionId = m.actionId || entry.actionId || null;
		entry.createdAt = parseTime(m.createdAt, this.now);
		entry.state = 'sent';
		entry.own = m.authorKind === OWN;
		this.byId.set(m.id, entry);
		if (m.seq != null) {
			this.bySeq.set(m.seq, entry);
		}
		if (entry.own && entry.clientMessageId) {
			this.byClientId.set(entry.clientMessageId, entry);
		}
		// Writing a message marks the conversation read up to it, on either side.
		if (m.authorKind === 'AGENT') {
			this.supportReadSeq = Math.max(this.supportReadSeq, m.seq || 0);
		}
		if (entry.own) {
			this.readSent = Math.max(this.readSent, m.seq || 0);
		}
		while (this.bySeq.has(this.syncedSeq + 1)) {
			this.syncedSeq++;
		}
		return entry;
	}

	/** A message the customer is sending: shown at once, matched later by its clientMessageId. */
	addLocal(fields) {
		const entry = Object.assign({
			key: 'c-' + fields.clientMessageId,
			id: null,
			seq: null,
			authorKind: OWN,
			authorName: null,
			text: '',
			attachmentId: null,
			createdAt: this.now(),
			state: 'sending',
			own: true,
			localOrder: ++this.localOrder
		}, fields);
		this.entries.push(entry);
		this.byClientId.set(entry.clientMessageId, entry);
		return entry;
	}

	remove(entry) {
		this.entries = this.entries.filter((e) => e !== entry);
		this.byClientId.delete(entry.clientMessageId);
	}

	/** A message with this seq is held, but one before it is missing. */
	gapBefore(seq) {
		return seq != null && seq > this.syncedSeq;
	}

	highestSeq() {
		let highest = 0;
		this.bySeq.forEach((entry, seq) => {
			highest = Math.max(highest, seq);
		});
		return highest;
	}

	/** Some message is held after a missing one: a catch-up should fill the gap. */
	missing() {
		return this.highestSeq() > this.syncedSeq;
	}

	/** The conversation's marks as the server knows them (on start or resume). */
	adoptMarks(conversation) {
		this.supportReadSeq = Math.max(this.supportReadSeq, conversation.supportReadSeq || 0);
		this.readSent = Math.max(this.readSent, conversation.readSeq || 0);
	}

	/** Support read up to seq; true when that is news. */
	supportRead(seq) {
		if (seq > this.supportReadSeq) {
			this.supportReadSeq = seq;
			return true;
		}
		return false;
	}

	sorted() {
		return this.entries.slice().sort((a, b) => {
			const as = a.seq != null;
			const bs = b.seq != null;
			if (as && bs) {
				return a.seq - b.seq;
			}
			if (as !== bs) {
				return as ? -1 : 1;
			}
			return a.localOrder - b.localOrder;
		});
	}

	/** sending, sent, read or failed for the customer's own messages; null for the others. */
	deliveryState(entry) {
		if (!entry.own) {
			return null;
		}
		if (entry.state === 'sent' && entry.seq != null && entry.seq <= this.supportReadSeq) {
			return 'read';
		}
		return entry.state;
	}

	/** The id of the quick reply the customer already chose among this message's, if any. */
	chosenAction(entry) {
		if (!entry.actions || !entry.actions.length) {
			return null;
		}
		const ids = entry.actions.map((a) => a.id);
		const answer = this.entries.find((other) => other.own && other.actionId && ids.indexOf(other.actionId) >= 0);
		return answer ? answer.actionId : null;
	}

}
