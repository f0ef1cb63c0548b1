import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeOnBack } from '../../main/resources/static/widget/chat/back.js';

/**
 * A window with a session history of one document: pushState, replaceState, and back(), which,
 * like a browser's, moves asynchronously and then fires popstate.
 */
function fakeWindow(initialState = null) {
	const listeners = new Set();
	const entries = [{ state: initialState }];
	let index = 0;
	const win = {
		entries,
		get index() {
			return index;
		},
		history: {
			get state() {
				return entries[index].state;
			},
			pushState(state) {
				entries.splice(index + 1);
				entries.push({ state: structuredClone(state) });
				index++;
			},
			replaceState(state) {
				entries[index] = { state: structuredClone(state) };
			},
			back() {
				setTimeout(() => win.go(-1), 0);
			}
		},
		/** What the browser's Back and Forward buttons do. */
		go(delta) {
			const target = index + delta;
			if (target < 0 || target >= entries.length) {
				return;
			}
			index = target;
			listeners.forEach((l) => l({ state: entries[index].state }));
		},
		addEventListener(type, l) {
			if (type === 'popstate') {
				listeners.add(l);
			}
		},
		removeEventListener(type, l) {
			listeners.delete(l);
		},
		listenerCount: () => listeners.size,
		setTimeout: (fn, ms) => setTimeout(fn, ms),
		clearTimeout: (t) => clearTimeout(t)
	};
	return win;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

test('opening pushes an entry; Back closes the chat and stays on the page', async () => {
	const win = fakeWindow({ host: 'router state' });
	let closed = 0;
	const release = closeOnBack(win, () => closed++);
	await tick();
	assert.equal(win.entries.length, 2);
	assert.equal(win.history.state.host, 'router state', "the host's state is kept");
	win.go(-1);
	assert.equal(closed, 1);
	assert.equal(win.index, 0, 'still on the page');
	release(); // the host destroys the widget in onClose
	await tick();
	assert.equal(win.index, 0, 'no second step back');
	assert.equal(win.listenerCount(), 0);
});

test('closed by its button, the chat takes its entry back: the next Back is the page\'s own', async () => {
	const win = fakeWindow();
	let closed = 0;
	const release = closeOnBack(win, () => closed++);
	await tick();
	release();
	await tick();
	assert.equal(win.index, 0);
	assert.equal(closed, 0);
	assert.equal(win.listenerCount(), 0);
});

test('opening again right after closing waits for the step back, then pushes anew', async () => {
	const win = fakeWindow();
	const first = closeOnBack(win, () => {});
	await tick();
	first();
	let closed = 0;
	closeOnBack(win, () => closed++);
	await tick();
	await tick();
	assert.equal(win.entries.length, 2);
	assert.equal(win.index, 1);
	win.go(-1);
	assert.equal(closed, 1);
});

test('Forward onto the chat\'s entry, or the host\'s own entry above it, does not close it', async () => {
	const win = fakeWindow();
	let closed = 0;
	closeOnBack(win, () => closed++);
	await tick();
	win.history.pushState({ hostPage: 2 }, '');
	win.go(-1);
	assert.equal(closed, 0);
	win.go(-1);
	assert.equal(closed, 1);
});

test('after a reload with the chat open, its entry is reused rather than doubled', async () => {
	const win = fakeWindow({ yordamChat: 'old' });
	closeOnBack(win, () => {});
	await tick();
	assert.equal(win.entries.length, 1);
	assert.notEqual(win.history.state.yordamChat, 'old');
});

test('destroyed before its entry was pushed, the chat leaves history alone', async () => {
	const win = fakeWindow();
	const release = closeOnBack(win, () => {});
	release();
	await tick();
	assert.equal(win.entries.length, 1);
});
