/** Small helpers with no DOM: ids, times, waiting. */

/** A random UUID (v4), also outside a secure context, where crypto.randomUUID is missing. */
export function uuid(crypto = globalThis.crypto) {
	if (crypto && typeof crypto.randomUUID === 'function') {
		return crypto.randomUUID();
	}
	const b = new Uint8Array(16);
	if (crypto && crypto.getRandomValues) {
		crypto.getRandomValues(b);
	}
	else {
		for (let i = 0; i < 16; i++) {
			b[i] = Math.floor(Math.random() * 256);
		}
	}
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	const h = Array.from(b, (x) => (x + 0x100).toString(16).slice(1)).join('');
	return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
}

/** Milliseconds since the epoch from the server's time (ISO text, or epoch seconds or millis). */
export function parseTime(value, now = Date.now) {
	if (value == null || value === '') {
		return now();
	}
	if (typeof value === 'number') {
		// Jackson may write an Instant as fractional epoch seconds.
		return value < 1e11 ? Math.round(value * 1000) : value;
	}
	const ms = Date.parse(value);
	return isNaN(ms) ? now() : ms;
}

/** Waits ms; a function pushed to wake ends the wait early (the network is back). */
export function sleep(ms, wake) {
	return new Promise((resolve) => {
		const timer = setTimeout(done, ms);
		function done() {
			clearTimeout(timer);
			resolve();
		}
		if (wake) {
			wake.push(done);
		}
	});
}

/** A date-time format, without the time zone when the engine does not know it. */
export function dateFormat(tag, options) {
	try {
		return new Intl.DateTimeFormat(tag, options);
	}
	catch (e) {
		const rest = Object.assign({}, options);
		delete rest.timeZone;
		return new Intl.DateTimeFormat(tag, rest);
	}
}
