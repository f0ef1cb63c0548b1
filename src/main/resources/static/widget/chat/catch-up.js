/**
 * Catching up: loading every message after the last one held without a gap, page by page, one
 * run at a time. Asked again while a run is under way, it runs once more after it (the messages
 * that prompted the second call may have been stored after the first page was read).
 */

export const PAGE_SIZE = 200;

/**
 * load(after) answers the messages after a seq; apply(messages) merges them; syncedSeq() is the
 * seq up to which nothing is missing. Returns catchUp(): a promise of the run (the running one
 * when there is one). A failed page ends the run: onError(error) hears of it.
 */
export function catchingUp({ load, apply, syncedSeq, onError = () => {}, pageSize = PAGE_SIZE }) {
	let running = null;
	let again = false;
	function page() {
		again = false;
		return load(syncedSeq()).then((messages) => {
			apply(messages || []);
			if ((messages && messages.length >= pageSize) || again) {
				return page();
			}
			return undefined;
		});
	}
	return function catchUp() {
		if (running) {
			again = true;
			return running;
		}
		running = page().catch(onError).then(() => {
			running = null;
		});
		return running;
	};
}

/**
 * A gap (a message after a missing one) usually closes by itself when the stream brings the
 * missing message a moment later; if it has not after waitMs, catch up.
 */
export function gapWatch({ missing, catchUp, waitMs = 400, timers = globalThis }) {
	let timer = null;
	return {
		noticed() {
			if (timer) {
				return;
			}
			timer = timers.setTimeout(() => {
				timer = null;
				if (missing()) {
					catchUp();
				}
			}, waitMs);
		},
		cancel() {
			if (timer) {
				timers.clearTimeout(timer);
				timer = null;
			}
		}
	};
}
