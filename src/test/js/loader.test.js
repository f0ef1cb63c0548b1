import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/**
 * The classic entry, yordam-chat.js, run against a fake page. Its one import() is handed to the
 * test (node would load the real modules, which need a browser), so what is checked is what the
 * entry itself promises: where it looks for the modules, and a handle that works before they are in.
 */
const source = readFileSync(new URL('../../main/resources/static/widget/yordam-chat.js', import.meta.url), 'utf8');

function page(scriptSrc) {
	const events = [];
	const host = { dispatchEvent: (e) => events.push(e) };
	const document = {
		currentScript: { src: scriptSrc },
		querySelector: (selector) => (selector === '#chat' ? host : null),
		querySelectorAll: () => []
	};
	const window = { location: { href: 'https://app.example.uz/shop' } };
	const imports = [];
	let settle;
	const loaded = new Promise((resolve, reject) => {
		settle = { resolve, reject };
	});
	const importer = (url) => {
		imports.push(url);
		return loaded;
	};
	class CustomEvent {
		constructor(type, init) {
			this.type = type;
			this.detail = init.detail;
		}
	}
	const run = new Function('window', 'document', '__import', 'CustomEvent',
		source.replace('import(entry)', '__import(entry)'));
	run(window, document, importer, CustomEvent);
	return { window, host, events, imports, settle };
}

/** A module entry whose createChat records what it was asked. */
function fakeModules() {
	const made = [];
	return {
		made,
		createChat(host, options) {
			const chat = { host, options, focused: 0, tokens: [], destroyed: 0, conversationId: 'c-1', status: 'online' };
			made.push(chat);
			return Object.assign(chat, {
				focus: () => chat.focused++,
				setToken: (t) => chat.tokens.push(t),
				destroy: () => chat.destroyed++
			});
		}
	};
}

test('the modules are loaded from beside the script, wherever it was served', () => {
	assert.ok(source.includes('import(entry)'), 'the one import() this test hands over');
	assert.deepEqual(page('https://support.example.uz/widget/yordam-chat.js').imports, ['https://support.example.uz/widget/chat/index.js']);
	assert.deepEqual(page('http://localhost:8080/yordam/widget/yordam-chat.js?v=3').imports, ['http://localhost:8080/yordam/widget/chat/index.js']);
});

test('mount answers a handle at once; what is asked of it before the modules are in is done then', async () => {
	const p = page('https://s.uz/widget/yordam-chat.js');
	const handle = p.window.YordamChat.mount('#chat', { token: 'old', locale: 'uz' });
	assert.equal(handle.status, 'connecting');
	assert.equal(handle.conversationId, null);
	handle.focus();
	handle.setToken('fresh');
	const modules = fakeModules();
	p.settle.resolve(modules);
	assert.equal(await handle.ready, true);
	const [chat] = modules.made;
	assert.equal(chat.host, p.host);
	assert.deepEqual(chat.options, { token: 'fresh', locale: 'uz' });
	assert.equal(chat.focused, 1);
	assert.equal(handle.conversationId, 'c-1');
	handle.setToken('later');
	assert.deepEqual(chat.tokens, ['later']);
	handle.destroy();
	assert.equal(chat.destroyed, 1);
	assert.equal(p.host.__yordamChat, null);
});

test('destroyed before the modules are in, nothing is mounted; mounting again replaces the widget', async () => {
	const p = page('https://s.uz/widget/yordam-chat.js');
	const first = p.window.YordamChat.mount(p.host, { token: 't' });
	const second = p.window.YordamChat.mount(p.host, { token: 't2' });
	const modules = fakeModules();
	p.settle.resolve(modules);
	assert.equal(await first.ready, false);
	assert.equal(await second.ready, true);
	assert.equal(modules.made.length, 1);
	assert.equal(modules.made[0].options.token, 't2');
	assert.equal(p.host.__yordamChat, second);
	assert.throws(() => p.window.YordamChat.mount('#nowhere', {}), /no element to mount in/);
});

test('modules that cannot be loaded are reported as a yordam:error of kind load', async () => {
	const p = page('https://s.uz/widget/yordam-chat.js');
	const errors = [];
	const handle = p.window.YordamChat.mount(p.host, { token: 't', onError: (e) => errors.push(e.kind) });
	p.settle.reject(new TypeError('Failed to fetch dynamically imported module'));
	assert.equal(await handle.ready, false);
	assert.deepEqual(errors, ['load']);
	assert.equal(p.events[0].type, 'yordam:error');
	assert.equal(p.events[0].detail.kind, 'load');
});

test('included twice, the first stays', () => {
	const p = page('https://s.uz/widget/yordam-chat.js');
	const first = p.window.YordamChat;
	new Function('window', 'document', '__import', 'CustomEvent', source.replace('import(entry)', '__import(entry)'))(
		p.window, { currentScript: null }, () => Promise.reject(new Error('not again')), null);
	assert.equal(p.window.YordamChat, first);
	assert.equal(first.version, '1.1.0');
});
