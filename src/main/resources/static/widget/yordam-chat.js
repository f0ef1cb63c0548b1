/*!
 * Yordam chat widget: the customer's (courier's, partner's) side of a support conversation.
 * Plain JavaScript, no build step. Needs the STOMP client (global StompJs) for live updates; it
 * loads it from the WebJar itself when the page did not.
 *
 *   YordamChat.mount(element, { token, locale, orderId, conversationId, baseUrl, onError, onClose, closeOnBack })
 *
 * This file is the classic <script> a host page includes. The widget itself is a set of native ES
 * modules beside it (chat/index.js and what it imports), loaded from where this script came from;
 * mount answers at once with a handle, and the widget appears as soon as the modules are in
 * (handle.ready resolves true then). See docs/widget.md for the options, the events and the test hooks.
 */
(function (global) {
	'use strict';

	if (global.YordamChat && global.YordamChat.loader) {
		return; // included twice
	}

	var VERSION = '1.1.0';

	/** The modules live beside this script, whatever host and path it was served from. */
	function scriptUrl() {
		var current = document.currentScript;
		if (current && current.src) {
			return current.src;
		}
		var scripts = document.querySelectorAll('script[src*="yordam-chat"]');
		return scripts.length ? scripts[scripts.length - 1].src : new URL('/widget/yordam-chat.js', global.location.href).href;
	}

	var entry = new URL('chat/index.js', scriptUrl()).href;
	var loading = null;

	function load() {
		if (!loading) {
			loading = import(entry);
		}
		return loading;
	}

	function mount(element, options) {
		var host = (typeof element === 'string') ? document.querySelector(element) : element;
		if (!host) {
			throw new Error('YordamChat.mount: no element to mount in');
		}
		if (host.__yordamChat) {
			host.__yordamChat.destroy();
		}
		var settings = Object.assign({}, options);
		var chat = null;
		var destroyed = false;
		var focusWanted = false;
		var handle = {
			get conversationId() { return chat ? chat.conversationId : null; },
			get status() { return chat ? chat.status : 'connecting'; },
			setToken: function (token) {
				if (chat) {
					chat.setToken(token);
				}
				else {
					settings.token = token;
				}
			},
			focus: function () {
				if (chat) {
					chat.focus();
				}
				else {
					focusWanted = true;
				}
			},
			destroy: function () {
				destroyed = true;
				if (chat) {
					chat.destroy();
				}
				if (host.__yordamChat === handle) {
					host.__yordamChat = null;
				}
			}
		};
		handle.ready = load().then(function (widget) {
			if (destroyed) {
				return false;
			}
			chat = widget.createChat(host, settings);
			if (focusWanted) {
				chat.focus();
			}
			return true;
		}, function (error) {
			// The modules could not be loaded (network, or a proxy that does not serve /widget/chat/).
			var detail = { kind: 'load', status: null, message: String(error && error.message || error), problem: null };
			host.dispatchEvent(new CustomEvent('yordam:error', { detail: detail, bubbles: true }));
			if (typeof settings.onError === 'function') {
				try {
					settings.onError(detail);
				}
				catch (e) {
					// the page's handler must not break the page
				}
			}
			return false;
		});
		host.__yordamChat = handle;
		return handle;
	}

	global.YordamChat = { mount: mount, version: VERSION, loader: true };
	load().catch(function () {
		// reported to each mount
	});
})(window);
