/**
 * The browser's Back button closes the chat instead of leaving the app. While the chat is open
 * it has a history entry of its own (same URL, marked in history.state): Back leaves that entry
 * (popstate) and the chat closes. Closed any other way (its close button, the host), the chat
 * takes its entry back with history.back(), so that the next Back is the host page's own again.
 */

const KEY = 'yordamChat';

let opened = 0;
/** A history.back() of ours whose popstate has not come yet: the next entry waits for it. */
let settling = Promise.resolve();

function ours(state) {
	return !!(state && typeof state === 'object' && state[KEY]);
}

/**
 * Gives the open chat its history entry; onBack() is called when Back leaves it. Returns
 * release(), to call when the chat closes (for whatever reason).
 */
export function closeOnBack(win, onBack, { settleMs = 1000 } = {}) {
	const history = win.history;
	const id = ++opened + ':' + Date.now();
	let active = true;
	let pushed = false;

	function onPopState(event) {
		if (ours(event.state) && event.state[KEY] === id) {
			return; // Forward onto our entry again, or the host's own entry above it left
		}
		stop();
		onBack();
	}

	function stop() {
		active = false;
		win.removeEventListener('popstate', onPopState);
	}

	settling.then(() => {
		if (!active) {
			return;
		}
		const state = Object.assign({}, (history.state && typeof history.state === 'object') ? history.state : {});
		state[KEY] = id;
		if (ours(history.state)) {
			history.replaceState(state, ''); // the page was reloaded with the chat open: reuse that entry
		}
		else {
			history.pushState(state, '');
		}
		pushed = true;
		win.addEventListener('popstate', onPopState);
	});

	return function release() {
		if (!active) {
			return;
		}
		stop();
		if (pushed && ours(history.state) && history.state[KEY] === id) {
			settling = new Promise((resolve) => {
				const done = () => {
					win.removeEventListener('popstate', done);
					win.clearTimeout(timer);
					resolve();
				};
				const timer = win.setTimeout(done, settleMs);
				win.addEventListener('popstate', done);
			});
			history.back();
		}
	};
}
