import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const widget = fileURLToPath(new URL('../../main/resources/static/widget/', import.meta.url));
const docs = fileURLToPath(new URL('../../../docs/widget.md', import.meta.url));
const modules = readdirSync(join(widget, 'chat')).filter((f) => f.endsWith('.js'));
const source = modules.map((f) => readFileSync(join(widget, 'chat', f), 'utf8')).join('\n');

test('the module entry loads with everything it imports', async () => {
	const entry = await import(new URL('../../main/resources/static/widget/chat/index.js', import.meta.url));
	assert.equal(typeof entry.mount, 'function');
	assert.equal(typeof entry.createChat, 'function');
});

test('every test hook the docs promise is still made by the widget', () => {
	const documented = [...readFileSync(docs, 'utf8').matchAll(/data-testid="(chat-[\w-]+)"/g)].map((m) => m[1]);
	assert.ok(documented.length >= 10, 'the docs list the hooks');
	for (const id of new Set(documented)) {
		assert.ok(source.includes("'" + id + "'"), id + ' is made by a module');
	}
});

test('imports are relative and name their file, as a browser needs without a build step', () => {
	for (const f of modules) {
		const text = readFileSync(join(widget, 'chat', f), 'utf8');
		for (const m of text.matchAll(/^import .* from '([^']+)';$/gm)) {
			assert.match(m[1], /^\.\/[\w-]+\.js$/, f + ' imports ' + m[1]);
		}
	}
});

test('the classic entry loads the modules from beside itself and keeps the global API', () => {
	const loader = readFileSync(join(widget, 'yordam-chat.js'), 'utf8');
	assert.ok(!/^\s*(import|export)\s/m.test(loader), 'yordam-chat.js stays a classic script');
	assert.match(loader, /new URL\('chat\/index\.js', scriptUrl\(\)\)/);
	assert.match(loader, /global\.YordamChat = \{ mount: mount/);
});

test("the Chat's parts do not overwrite each other's methods", async () => {
	const base = '../../main/resources/static/widget/chat/';
	const parts = {
		Connection: (await import(base + 'connection.js')).Connection,
		Rendering: (await import(base + 'render.js')).Rendering,
		QuickReplies: (await import(base + 'quick-replies.js')).QuickReplies,
		Faq: (await import(base + 'faq.js')).Faq,
		Uploads: (await import(base + 'uploads.js')).Uploads,
		Sending: (await import(base + 'sending.js')).Sending,
		Presence: (await import(base + 'presence.js')).Presence,
		QueuePlace: (await import(base + 'queue.js')).QueuePlace
	};
	const { Chat } = await import(base + 'chat.js');
	// The class's own methods are not enumerable; a part's method assigned over one would keep it so.
	const own = Object.getOwnPropertyNames(Chat.prototype)
		.filter((name) => name !== 'constructor' && !Object.getOwnPropertyDescriptor(Chat.prototype, name).enumerable);
	assert.ok(own.includes('destroy') && own.includes('setToken'));
	const owner = new Map(own.map((name) => [name, 'Chat']));
	for (const [part, methods] of Object.entries(parts)) {
		for (const name of Object.keys(methods)) {
			assert.ok(!owner.has(name), name + ' is in ' + part + ' and ' + owner.get(name));
			owner.set(name, part);
			assert.equal(Chat.prototype[name], methods[name], name + ' is the Chat\'s');
		}
	}
});
