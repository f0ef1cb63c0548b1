/**
 * The widget as an ES module. A page that uses modules may import it directly:
 *
 *   import { mount } from 'https://support.example.uz/widget/chat/index.js';
 *
 * The classic include, /widget/yordam-chat.js, loads this module and offers the same mount on
 * window.YordamChat. See docs/widget.md.
 */
import { Chat } from './chat.js';

export const VERSION = '1.1.0';

/** A widget in host, without the bookkeeping of one widget per element (see mount). */
export function createChat(host, options) {
	const chat = new Chat(host, options);
	return {
		get conversationId() {
			return chat.conversationId;
		},
		get status() {
			return chat.status;
		},
		setToken(token) {
			chat.setToken(token);
		},
		focus() {
			chat.input.focus({ preventScroll: true });
		},
		destroy() {
			chat.destroy();
		}
	};
}

/** Mounts the widget into an element (or a selector); mounting again into it replaces the widget. */
export function mount(element, options) {
	const host = (typeof element === 'string') ? document.querySelector(element) : element;
	if (!host) {
		throw new Error('YordamChat.mount: no element to mount in');
	}
	if (host.__yordamChat) {
		host.__yordamChat.destroy();
	}
	const chat = createChat(host, options);
	const handle = {
		get conversationId() {
			return chat.conversationId;
		},
		get status() {
			return chat.status;
		},
		ready: Promise.resolve(true),
		setToken: (token) => chat.setToken(token),
		focus: () => chat.focus(),
		destroy() {
			chat.destroy();
			if (host.__yordamChat === handle) {
				host.__yordamChat = null;
			}
		}
	};
	host.__yordamChat = handle;
	return handle;
}
