/*!
 * Yordam chat widget: the customer's (courier's, partner's) side of a support conversation.
 * Plain JavaScript, no build step. Needs the STOMP client (global StompJs) for live updates; it
 * loads it from the WebJar itself when the page did not.
 *
 *   YordamChat.mount(element, { token, locale, orderId, conversationId, baseUrl, onError })
 *
 * See docs/widget.md for the options, the events and the test hooks.
 */
(function (global) {
	'use strict';

	var STOMP_SCRIPTS = [
		'/webjars/stomp__stompjs/bundles/stomp.umd.min.js',
		'/webjars/stomp__stompjs/7.0.0/bundles/stomp.umd.min.js'
	];
	var PAGE_SIZE = 200;
	var TYPING_SHOWN_MS = 4000;
	var TYPING_SENT_EVERY_MS = 2000;
	var AUTO_RETRIES = 6;
	var OWN = 'PARTICIPANT';

	var I18N = {
		en: {
			faq: 'Help articles',
			faqSearch: 'Search help…',
			faqHelpful: 'Did this help?',
			faqYes: 'Yes',
			faqNo: 'No',
			faqThanks: 'Thank you for telling us.',
			faqBack: 'Back to the chat',
			faqEmpty: 'Nothing found. Write to us in the chat.',
			title: 'Support',
			aboutOrder: 'About order {order}',
			online: 'Online',
			offline: 'No connection',
			connecting: 'Connecting…',
			placeholder: 'Write a message…',
			inputLabel: 'Message to support',
			send: 'Send',
			attach: 'Attach a photo',
			typing: '{name} is typing…',
			typingAnonymous: 'Support is typing…',
			sending: 'Sending',
			sent: 'Sent',
			read: 'Read',
			failed: 'Not sent',
			retry: 'Retry',
			empty: 'Tell us what happened: an operator usually replies within a minute.',
			sessionExpired: 'Your session has expired. Reopen the chat to continue.',
			notFound: 'This conversation was not found.',
			tooLong: 'The message is too long: at most {n} characters.',
			flood: 'You are sending messages too fast. Wait a few seconds and send again.',
			notEmpty: 'Write some text or attach a photo.',
			imageType: 'Only JPEG, PNG, GIF and WebP images can be sent.',
			imageSize: 'The image is too large.',
			generic: 'Something went wrong. Please try again.',
			today: 'Today',
			yesterday: 'Yesterday',
			support: 'Support',
			bot: 'Assistant',
			photo: 'Photo',
			imageUnavailable: 'The image is unavailable',
			close: 'Close the chat',
			dismiss: 'Dismiss',
			log: 'Conversation with support',
			queuePlace: 'You are number {place} in the queue',
			queueWait: 'estimated wait: about {min} min',
			queueMore: 'estimated wait: more than {min} min',
			queueUnknown: 'no operator is online right now: the wait is unknown'
		},
		ru: {
			faq: 'Справка',
			faqSearch: 'Поиск по справке…',
			faqHelpful: 'Это помогло?',
			faqYes: 'Да',
			faqNo: 'Нет',
			faqThanks: 'Спасибо, что ответили.',
			faqBack: 'Вернуться в чат',
			faqEmpty: 'Ничего не нашлось. Напишите нам в чат.',
			title: 'Поддержка',
			aboutOrder: 'По заказу {order}',
			online: 'В сети',
			offline: 'Нет соединения',
			connecting: 'Подключение…',
			placeholder: 'Напишите сообщение…',
			inputLabel: 'Сообщение в поддержку',
			send: 'Отправить',
			attach: 'Прикрепить фото',
			typing: '{name} печатает…',
			typingAnonymous: 'Поддержка печатает…',
			sending: 'Отправляется',
			sent: 'Отправлено',
			read: 'Прочитано',
			failed: 'Не отправлено',
			retry: 'Повторить',
			empty: 'Расскажите, что случилось: оператор обычно отвечает в течение минуты.',
			sessionExpired: 'Сессия истекла. Откройте чат заново.',
			notFound: 'Разговор не найден.',
			tooLong: 'Сообщение слишком длинное: не больше {n} символов.',
			flood: 'Вы отправляете сообщения слишком часто. Подождите несколько секунд и отправьте снова.',
			notEmpty: 'Напишите текст или прикрепите фото.',
			imageType: 'Можно отправить только изображения JPEG, PNG, GIF и WebP.',
			imageSize: 'Изображение слишком большое.',
			generic: 'Что-то пошло не так. Попробуйте ещё раз.',
			today: 'Сегодня',
			yesterday: 'Вчера',
			support: 'Поддержка',
			bot: 'Помощник',
			photo: 'Фото',
			imageUnavailable: 'Изображение недоступно',
			close: 'Закрыть чат',
			dismiss: 'Скрыть',
			log: 'Переписка со службой поддержки',
			queuePlace: 'Вы {place}-й в очереди',
			queueWait: 'ожидание: около {min} мин',
			queueMore: 'ожидание: более {min} мин',
			queueUnknown: 'сейчас нет операторов в сети: время ожидания неизвестно'
		},
		uz: {
			faq: 'Maʼlumotnoma',
			faqSearch: 'Maʼlumotnomadan qidirish…',
			faqHelpful: 'Bu yordam berdimi?',
			faqYes: 'Ha',
			faqNo: 'Yoʻq',
			faqThanks: 'Javobingiz uchun rahmat.',
			faqBack: 'Chatga qaytish',
			faqEmpty: 'Hech narsa topilmadi. Bizga chatda yozing.',
			title: "Qo'llab-quvvatlash",
			aboutOrder: '{order} buyurtma bo\'yicha',
			online: 'Onlayn',
			offline: "Aloqa yo'q",
			connecting: 'Ulanmoqda…',
			placeholder: 'Xabar yozing…',
			inputLabel: "Qo'llab-quvvatlash xizmatiga xabar",
			send: 'Yuborish',
			attach: 'Rasm biriktirish',
			typing: '{name} yozmoqda…',
			typingAnonymous: 'Operator yozmoqda…',
			sending: 'Yuborilmoqda',
			sent: 'Yuborildi',
			read: "O'qildi",
			failed: 'Yuborilmadi',
			retry: 'Qayta yuborish',
			empty: "Nima bo'lganini yozing: operator odatda bir daqiqa ichida javob beradi.",
			sessionExpired: 'Sessiya muddati tugadi. Davom etish uchun chatni qaytadan oching.',
			notFound: 'Suhbat topilmadi.',
			tooLong: "Xabar juda uzun: ko'pi bilan {n} ta belgi.",
			flood: "Xabarlarni juda tez yuboryapsiz. Bir necha soniya kutib, qayta yuboring.",
			notEmpty: 'Matn yozing yoki rasm biriktiring.',
			imageType: 'Faqat JPEG, PNG, GIF va WebP rasmlarini yuborish mumkin.',
			imageSize: 'Rasm juda katta.',
			generic: "Nimadir xato ketdi. Qayta urinib ko'ring.",
			today: 'Bugun',
			yesterday: 'Kecha',
			support: "Qo'llab-quvvatlash",
			bot: 'Yordamchi',
			photo: 'Rasm',
			imageUnavailable: 'Rasm mavjud emas',
			close: 'Chatni yopish',
			dismiss: 'Yopish',
			log: "Qo'llab-quvvatlash xizmati bilan suhbat",
			queuePlace: 'Navbatda {place}-o\'rindasiz',
			queueWait: 'kutish: taxminan {min} daqiqa',
			queueMore: 'kutish: {min} daqiqadan ko\'p',
			queueUnknown: 'hozir onlayn operator yo\'q: kutish vaqti nomaʼlum'
		}
	};

	var LANGUAGE_TAGS = { en: 'en-GB', ru: 'ru-RU', uz: 'uz-Latn-UZ' };

	var ICON_SEND = '<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">'
		+ '<path fill="currentColor" d="M3.4 20.4 21.9 12 3.4 3.6 3.4 10.1 16.6 12 3.4 13.9z"/></svg>';
	var ICON_ATTACH = '<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">'
		+ '<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" '
		+ 'd="M21 11.5 12.6 19.9a5.5 5.5 0 0 1-7.8-7.8l8.5-8.5a3.7 3.7 0 0 1 5.2 5.2l-8.5 8.5a1.8 1.8 0 0 1-2.6-2.6l7.8-7.8"/></svg>';
	var ICON_CLOSE = '<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">'
		+ '<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M6 6l12 12M18 6 6 18"/></svg>';

	var instances = 0;
	var stompLoading = null;

	// ---------------------------------------------------------------- helpers

	function uuid() {
		var c = global.crypto;
		if (c && typeof c.randomUUID === 'function') {
			return c.randomUUID();
		}
		// randomUUID needs a secure context; getRandomValues does not.
		var b = new Uint8Array(16);
		if (c && c.getRandomValues) {
			c.getRandomValues(b);
		}
		else {
			for (var i = 0; i < 16; i++) {
				b[i] = Math.floor(Math.random() * 256);
			}
		}
		b[6] = (b[6] & 0x0f) | 0x40;
		b[8] = (b[8] & 0x3f) | 0x80;
		var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
		return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
	}

	function format(template, values) {
		return String(template).replace(/\{(\w+)\}/g, function (all, key) {
			return (values && values[key] != null) ? String(values[key]) : all;
		});
	}

	function el(tag, attrs, children) {
		var node = document.createElement(tag);
		if (attrs) {
			Object.keys(attrs).forEach(function (key) {
				var value = attrs[key];
				if (value == null || value === false) {
					return;
				}
				if (key === 'className') {
					node.className = value;
				}
				else if (key === 'text') {
					node.textContent = value;
				}
				else if (key === 'html') {
					node.innerHTML = value; // only ever our own constant icons
				}
				else {
					node.setAttribute(key, value === true ? '' : String(value));
				}
			});
		}
		(children || []).forEach(function (child) {
			if (child != null) {
				node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
			}
		});
		return node;
	}

	function parseTime(value) {
		if (value == null || value === '') {
			return Date.now();
		}
		if (typeof value === 'number') {
			// Jackson may write an Instant as fractional epoch seconds.
			return value < 1e11 ? Math.round(value * 1000) : value;
		}
		var ms = Date.parse(value);
		return isNaN(ms) ? Date.now() : ms;
	}

	function sleep(ms, wake) {
		return new Promise(function (resolve) {
			var timer = setTimeout(done, ms);
			function done() {
				clearTimeout(timer);
				resolve();
			}
			if (wake) {
				wake.push(done);
			}
		});
	}

	/** Text with http(s) links made clickable; never interpreted as HTML. */
	function linkified(text) {
		var fragment = document.createDocumentFragment();
		var pattern = /https?:\/\/[^\s<>"']+[^\s<>"'.,:;!?)\]]/g;
		var last = 0;
		var match;
		while ((match = pattern.exec(text)) !== null) {
			if (match.index > last) {
				fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
			}
			fragment.appendChild(el('a', { href: match[0], target: '_blank', rel: 'noopener noreferrer nofollow', text: match[0] }));
			last = match.index + match[0].length;
		}
		if (last < text.length) {
			fragment.appendChild(document.createTextNode(text.slice(last)));
		}
		return fragment;
	}

	function loadScript(src) {
		return new Promise(function (resolve) {
			var script = document.createElement('script');
			script.src = src;
			script.async = true;
			script.onload = function () { resolve(true); };
			script.onerror = function () {
				script.remove();
				resolve(false);
			};
			document.head.appendChild(script);
		});
	}

	/** The STOMP client class: the page's, or loaded from the WebJar (version-less, then pinned). */
	function loadStomp(base) {
		if (global.StompJs && global.StompJs.Client) {
			return Promise.resolve(global.StompJs);
		}
		if (!stompLoading) {
			stompLoading = STOMP_SCRIPTS.reduce(function (previous, path) {
				return previous.then(function (found) {
					if (found || (global.StompJs && global.StompJs.Client)) {
						return true;
					}
					return loadScript(base + path).then(function () {
						return !!(global.StompJs && global.StompJs.Client);
					});
				});
			}, Promise.resolve(false)).then(function (found) {
				if (!found) {
					stompLoading = null;
					return null;
				}
				return global.StompJs;
			});
		}
		return stompLoading;
	}

	/** The widget's stylesheet, unless the page linked it already. */
	function ensureStyles(base) {
		var links = document.querySelectorAll('link[rel="stylesheet"]');
		for (var i = 0; i < links.length; i++) {
			if (/yordam-chat(\.min)?\.css(\?|$)/.test(links[i].href)) {
				return;
			}
		}
		if (document.querySelector('link[data-yordam-chat]')) {
			return;
		}
		document.head.appendChild(el('link', { rel: 'stylesheet', href: base + '/widget/yordam-chat.css', 'data-yordam-chat': '1' }));
	}

	function webSocketUrl(base) {
		var url = new URL((base || '') + '/ws', global.location.href);
		url.protocol = (url.protocol === 'https:') ? 'wss:' : 'ws:';
		return url.href;
	}

	/** A failed call: network trouble (transient) or an answer from the server. */
	function ChatError(status, problem, transient) {
		this.status = status;
		this.problem = problem;
		this.transient = transient;
		this.message = (problem && (problem.detail || problem.title)) || ('HTTP ' + status);
	}

	// ---------------------------------------------------------------- the widget

	function Chat(host, options) {
		options = options || {};
		this.host = host;
		this.options = options;
		this.base = String(options.baseUrl || '').replace(/\/+$/, '');
		this.token = options.token || '';
		this.locale = I18N[options.locale] ? options.locale : 'ru';
		this.t = I18N[this.locale];
		this.orderId = options.orderId || null;
		this.conversationId = null;
		this.entries = [];
		this.byId = new Map();
		this.byClientId = new Map();
		this.bySeq = new Map();
		this.localOrder = 0;
		this.syncedSeq = 0;
		this.supportReadSeq = 0;
		this.readSent = 0;
		this.queue = [];
		this.pumping = false;
		this.wakers = [];
		this.images = new Map();
		this.loadingImages = {};
		this.blobUrls = [];
		this.daySeparators = new Map();
		this.status = null;
		this.sessionExpired = false;
		this.destroyed = false;
		this.lastTypingSent = 0;
		this.inView = true;
		this.timers = {};
		this.id = ++instances;

		var tz = options.timeZone || undefined;
		var tag = LANGUAGE_TAGS[this.locale];
		this.timeFormat = safeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: tz });
		this.dayFormat = safeFormat(tag, { day: 'numeric', month: 'long', timeZone: tz });
		this.dayKeyFormat = safeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: tz });

		ensureStyles(this.base);
		this.build();
		this.setStatus('connecting');
		this.listen();
		if (!this.token) {
			this.expire();
		}
		this.start(options.conversationId);
	}

	function safeFormat(tag, opts) {
		try {
			return new Intl.DateTimeFormat(tag, opts);
		}
		catch (e) {
			delete opts.timeZone;
			return new Intl.DateTimeFormat(tag, opts);
		}
	}

	Chat.prototype.build = function () {
		var t = this.t;
		var inputId = 'yc-input-' + this.id;
		var attachId = 'yc-attach-' + this.id;

		this.statusText = el('span', { className: 'yc-status-text' });
		this.statusEl = el('span', { className: 'yc-status', 'data-testid': 'chat-status', role: 'status' },
			[el('span', { className: 'yc-dot', 'aria-hidden': 'true' }), this.statusText]);
		var subtitle = this.options.subtitle
			|| (this.orderId ? format(t.aboutOrder, { order: this.options.orderLabel || this.orderId }) : null);
		var titles = el('div', { className: 'yc-titles' }, [
			el('div', { className: 'yc-title', id: 'yc-title-' + this.id, text: this.options.title || t.title }),
			subtitle ? el('div', { className: 'yc-subtitle', text: subtitle }) : null,
			this.statusEl
		]);
		var header = el('header', { className: 'yc-header' }, [
			el('div', { className: 'yc-avatar', 'aria-hidden': 'true', text: 'Y' }), titles]);
		var faqToggle = el('button', { type: 'button', className: 'yc-icon-button yc-faq-toggle', 'aria-label': t.faq,
			title: t.faq, text: '?', 'data-testid': 'chat-faq-toggle' });
		faqToggle.addEventListener('click', this.toggleFaq.bind(this));
		header.appendChild(faqToggle);
		if (typeof this.options.onClose === 'function') {
			var close = el('button', { type: 'button', className: 'yc-icon-button yc-close', 'aria-label': t.close,
				title: t.close, html: ICON_CLOSE });
			close.addEventListener('click', this.options.onClose);
			header.appendChild(close);
		}

		this.emptyEl = el('div', { className: 'yc-empty', text: t.empty });
		this.list = el('div', { className: 'yc-list' });
		this.scroller = el('div', { className: 'yc-messages', role: 'log', 'aria-live': 'polite',
			'aria-relevant': 'additions', 'aria-label': t.log, tabindex: '0' }, [this.emptyEl, this.list]);

		this.typingEl = el('div', { className: 'yc-typing', 'data-testid': 'chat-typing', 'aria-live': 'polite', hidden: true });
		// Routing: the customer's place in the queue and the estimated wait, live (docs/sla-routing.md).
		this.queueEl = el('div', { className: 'yc-queue', 'data-testid': 'chat-queue', role: 'status', hidden: true });
		this.errorText = el('span', { className: 'yc-error-text' });
		var dismiss = el('button', { type: 'button', className: 'yc-error-dismiss', 'aria-label': t.dismiss,
			title: t.dismiss, html: ICON_CLOSE });
		this.errorEl = el('div', { className: 'yc-error', 'data-testid': 'chat-error', role: 'alert', hidden: true },
			[this.errorText, dismiss]);
		dismiss.addEventListener('click', this.clearError.bind(this, true));

		this.input = el('textarea', { id: inputId, className: 'yc-input', 'data-testid': 'chat-input', rows: '1',
			placeholder: t.placeholder, autocomplete: 'off', enterkeyhint: 'send' });
		this.sendButton = el('button', { type: 'submit', className: 'yc-icon-button yc-send', 'data-testid': 'chat-send',
			'aria-label': t.send, title: t.send, html: ICON_SEND });
		this.attachInput = el('input', { id: attachId, type: 'file', className: 'yc-visually-hidden',
			'data-testid': 'chat-attach', accept: 'image/jpeg,image/png,image/gif,image/webp', 'aria-label': t.attach });
		var attachLabel = el('label', { 'for': attachId, className: 'yc-icon-button yc-attach', title: t.attach,
			html: ICON_ATTACH });
		attachLabel.appendChild(el('span', { className: 'yc-visually-hidden', text: t.attach }));
		this.form = el('form', { className: 'yc-composer', novalidate: true }, [
			this.attachInput, attachLabel,
			el('label', { 'for': inputId, className: 'yc-visually-hidden', text: t.inputLabel }),
			this.input, this.sendButton]);

		this.faqEl = el('div', { className: 'yc-faq', 'data-testid': 'chat-faq', hidden: true });
		this.root = el('section', { className: 'yc-root', lang: this.locale === 'uz' ? 'uz-Latn' : this.locale,
			'aria-labelledby': 'yc-title-' + this.id }, [header, this.faqEl, this.queueEl, this.scroller, this.typingEl, this.errorEl, this.form]);
		this.host.appendChild(this.root);
		this.updateComposer();
	};

	Chat.prototype.listen = function () {
		var self = this;
		this.form.addEventListener('submit', function (event) {
			event.preventDefault();
			self.sendText();
		});
		this.input.addEventListener('keydown', function (event) {
			if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
				event.preventDefault();
				self.sendText();
			}
		});
		this.input.addEventListener('input', function () {
			self.updateComposer();
			self.typed();
		});
		this.attachInput.addEventListener('change', function () {
			var file = self.attachInput.files && self.attachInput.files[0];
			self.attachInput.value = '';
			if (file) {
				self.sendImage(file);
			}
		});
		this.scroller.addEventListener('scroll', function () {
			if (self.nearBottom()) {
				self.scheduleRead();
			}
		});
		this.onVisibility = function () {
			if (document.visibilityState === 'visible') {
				self.scheduleRead();
			}
		};
		this.onOnline = function () {
			self.wake();
			self.retryFailed();
		};
		this.onOffline = function () {
			self.setStatus('offline');
		};
		document.addEventListener('visibilitychange', this.onVisibility);
		global.addEventListener('focus', this.onVisibility);
		global.addEventListener('online', this.onOnline);
		global.addEventListener('offline', this.onOffline);
		if (typeof IntersectionObserver === 'function') {
			this.observer = new IntersectionObserver(function (records) {
				self.inView = records.some(function (r) { return r.isIntersecting; });
				if (self.inView) {
					self.scheduleRead();
				}
			});
			this.observer.observe(this.root);
		}
	};

	// ---------------------------------------------------------------- start, live, catch-up

	Chat.prototype.start = function (conversationId) {
		var self = this;
		var resumed = conversationId ? this.resume(conversationId) : Promise.resolve();
		resumed.then(function () {
			return self.connectLive();
		});
	};

	Chat.prototype.resume = function (conversationId) {
		var self = this;
		return this.api('GET', '/api/v1/conversations/' + encodeURIComponent(conversationId)).then(function (c) {
			self.adopt(c);
			return self.catchUp();
		}).catch(function (error) {
			if (error.status === 404) {
				self.showError(self.t.notFound, error, 'not-found');
			}
			else if (error.transient) {
				// Keep the id: the live connection's catch-up loads the history when the network is back.
				self.conversationId = conversationId;
			}
		});
	};

	Chat.prototype.adopt = function (conversation) {
		var fresh = this.conversationId !== conversation.id;
		this.conversationId = conversation.id;
		if (conversation.orderId) {
			this.orderId = conversation.orderId;
		}
		this.supportReadSeq = Math.max(this.supportReadSeq, conversation.supportReadSeq || 0);
		this.readSent = Math.max(this.readSent, conversation.readSeq || 0);
		if (fresh) {
			this.subscribe();
			this.emit('conversation', { conversationId: this.conversationId, orderId: this.orderId });
		}
	};

	Chat.prototype.connectLive = function () {
		var self = this;
		if (this.destroyed) {
			return Promise.resolve();
		}
		return loadStomp(this.base).then(function (Stomp) {
			if (self.destroyed) {
				return;
			}
			if (!Stomp) {
				// No STOMP client anywhere: fall back to polling, which keeps the chat usable.
				self.setStatus('offline');
				self.timers.poll = setInterval(function () { self.catchUp(); }, 4000);
				return;
			}
			var connectedOnThisSocket = false;
			self.client = new Stomp.Client({
				brokerURL: webSocketUrl(self.base),
				connectHeaders: { Authorization: 'Bearer ' + self.token },
				reconnectDelay: 3000,
				heartbeatIncoming: 10000,
				heartbeatOutgoing: 10000,
				debug: function () {},
				beforeConnect: function () {
					connectedOnThisSocket = false;
					self.client.connectHeaders = { Authorization: 'Bearer ' + self.token };
					if (self.status !== 'offline') {
						self.setStatus('connecting');
					}
				},
				onConnect: function () {
					connectedOnThisSocket = true;
					self.subscription = null;
					self.setStatus('online');
					self.subscribe();
					self.catchUp();
					self.reloadFailedImages();
					self.wake();
					self.retryFailed();
				},
				onWebSocketClose: function () {
					self.subscription = null;
					if (!self.destroyed) {
						self.setStatus('offline');
					}
				},
				onStompError: function (frame) {
					if (!connectedOnThisSocket) {
						// CONNECT refused: most likely the token. Ask the REST API to be sure.
						self.probeToken();
					}
					self.emit('error', { kind: 'live', message: frame.headers && frame.headers.message });
				}
			});
			if (!self.sessionExpired) {
				self.client.activate();
			}
		});
	};

	Chat.prototype.probeToken = function () {
		var self = this;
		this.api('GET', '/api/v1/conversations').catch(function () {
			// api() handles a 401 itself; anything else leaves the reconnect loop running.
			return self;
		});
	};

	Chat.prototype.subscribe = function () {
		var self = this;
		if (!this.conversationId || !this.client || !this.client.connected || this.subscription) {
			return;
		}
		this.subscription = this.client.subscribe('/topic/conversations.' + this.conversationId, function (frame) {
			var event;
			try {
				event = JSON.parse(frame.body);
			}
			catch (e) {
				return;
			}
			self.onLive(event);
		});
		this.loadQueue();
	};

	Chat.prototype.onLive = function (event) {
		if (!event || !event.type) {
			return;
		}
		if (event.type === 'message' && event.message) {
			var m = event.message;
			var known = this.byId.has(m.id);
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
			if (event.seq > this.supportReadSeq) {
				this.supportReadSeq = event.seq;
				this.render(false);
			}
		}
	};

	/** The place in the queue and the wait; place 0: a person has the chat, nothing to show. */
	Chat.prototype.showQueue = function (queue) {
		var t = this.t;
		if (!this.queueEl || !queue || !queue.place) {
			if (this.queueEl) {
				this.queueEl.hidden = true;
			}
			return;
		}
		var wait = (queue.waitMinutes == null) ? t.queueUnknown
			: format(queue.more ? t.queueMore : t.queueWait, { min: queue.waitMinutes });
		this.queueEl.textContent = format(t.queuePlace, { place: queue.place }) + ' · ' + wait;
		this.queueEl.hidden = false;
	};

	Chat.prototype.loadQueue = function () {
		var self = this;
		if (!this.conversationId) {
			return;
		}
		this.api('GET', '/api/v1/conversations/' + this.conversationId + '/queue')
			.then(function (queue) { self.showQueue(queue); })
			.catch(function () { return null; });
	};

	/** Loads every message after the last one held without a gap; runs one at a time. */
	Chat.prototype.catchUp = function () {
		var self = this;
		if (!this.conversationId || this.sessionExpired || this.destroyed) {
			return Promise.resolve();
		}
		if (this.catchingUp) {
			this.catchUpAgain = true;
			return this.catchingUp;
		}
		function page() {
			self.catchUpAgain = false;
			var path = '/api/v1/conversations/' + encodeURIComponent(self.conversationId)
				+ '/messages?after=' + self.syncedSeq + '&limit=' + PAGE_SIZE;
			return self.api('GET', path).then(function (messages) {
				var before = self.entries.length;
				(messages || []).forEach(function (m) {
					self.upsert(m);
				});
				self.render(false);
				if (self.entries.length > before) {
					self.scheduleRead();
				}
				if ((messages && messages.length >= PAGE_SIZE) || self.catchUpAgain) {
					return page();
				}
			});
		}
		this.catchingUp = page().catch(function (error) {
			if (error.status === 404) {
				self.showError(self.t.notFound, error, 'not-found');
			}
		}).then(function () {
			self.catchingUp = null;
		});
		return this.catchingUp;
	};

	// ---------------------------------------------------------------- the message list

	/** Adds or merges a message from the server: the same message may come from the POST, the stream and a catch-up. */
	Chat.prototype.upsert = function (m) {
		var entry = this.byId.get(m.id)
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
		entry.createdAt = parseTime(m.createdAt);
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
		if (m.seq > this.syncedSeq) {
			this.gapNoticed();
		}
		return entry;
	};

	/** Something before this message is missing; the stream usually brings it at once, else catch up. */
	Chat.prototype.gapNoticed = function () {
		var self = this;
		if (this.timers.gap) {
			return;
		}
		this.timers.gap = setTimeout(function () {
			self.timers.gap = null;
			var highest = 0;
			self.bySeq.forEach(function (entry, seq) {
				highest = Math.max(highest, seq);
			});
			if (highest > self.syncedSeq) {
				self.catchUp();
			}
		}, 400);
	};

	Chat.prototype.addLocal = function (fields) {
		var entry = Object.assign({
			key: 'c-' + fields.clientMessageId,
			id: null,
			seq: null,
			authorKind: OWN,
			authorName: null,
			text: '',
			attachmentId: null,
			createdAt: Date.now(),
			state: 'sending',
			own: true,
			localOrder: ++this.localOrder
		}, fields);
		this.entries.push(entry);
		this.byClientId.set(entry.clientMessageId, entry);
		return entry;
	};

	Chat.prototype.remove = function (entry) {
		this.entries = this.entries.filter(function (e) { return e !== entry; });
		this.byClientId.delete(entry.clientMessageId);
		if (entry.el) {
			entry.el.remove();
		}
	};

	Chat.prototype.sorted = function () {
		return this.entries.slice().sort(function (a, b) {
			var as = a.seq != null;
			var bs = b.seq != null;
			if (as && bs) {
				return a.seq - b.seq;
			}
			if (as !== bs) {
				return as ? -1 : 1;
			}
			return a.localOrder - b.localOrder;
		});
	};

	Chat.prototype.nearBottom = function () {
		var s = this.scroller;
		return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
	};

	Chat.prototype.render = function (forceScroll) {
		var self = this;
		if (this.destroyed) {
			return;
		}
		var stick = forceScroll || this.nearBottom();
		var sorted = this.sorted();
		var cursor = this.list.firstChild;
		var previous = null;
		var usedDays = new Set();
		function place(node) {
			if (node === cursor) {
				cursor = cursor.nextSibling;
			}
			else {
				self.list.insertBefore(node, cursor);
			}
		}
		sorted.forEach(function (entry) {
			var day = self.dayKeyFormat.format(new Date(entry.createdAt));
			var previousDay = previous ? self.dayKeyFormat.format(new Date(previous.createdAt)) : null;
			if (day !== previousDay && !usedDays.has(day)) {
				usedDays.add(day);
				place(self.daySeparator(day, entry.createdAt));
			}
			var showAuthor = !entry.own && entry.authorKind !== 'SYSTEM'
				&& (!previous || previous.authorKind !== entry.authorKind || previous.authorName !== entry.authorName
					|| day !== previousDay);
			self.renderEntry(entry, showAuthor);
			place(entry.el);
			previous = entry;
		});
		while (cursor) {
			var next = cursor.nextSibling;
			cursor.remove();
			cursor = next;
		}
		this.daySeparators.forEach(function (node, key) {
			if (!usedDays.has(key)) {
				self.daySeparators.delete(key);
			}
		});
		this.emptyEl.hidden = sorted.length > 0;
		if (stick) {
			this.scroller.scrollTop = this.scroller.scrollHeight;
		}
	};

	Chat.prototype.daySeparator = function (key, time) {
		var node = this.daySeparators.get(key);
		var label = this.dayLabel(key, time);
		if (!node) {
			node = el('div', { className: 'yc-day', role: 'separator' }, [el('span')]);
			this.daySeparators.set(key, node);
		}
		node.firstChild.textContent = label;
		return node;
	};

	Chat.prototype.dayLabel = function (key, time) {
		var now = Date.now();
		if (key === this.dayKeyFormat.format(new Date(now))) {
			return this.t.today;
		}
		if (key === this.dayKeyFormat.format(new Date(now - 86400000))) {
			return this.t.yesterday;
		}
		return this.dayFormat.format(new Date(time));
	};

	Chat.prototype.deliveryState = function (entry) {
		if (!entry.own) {
			return null;
		}
		if (entry.state === 'sent' && entry.seq != null && entry.seq <= this.supportReadSeq) {
			return 'read';
		}
		return entry.state;
	};

	Chat.prototype.renderEntry = function (entry, showAuthor) {
		var delivery = this.deliveryState(entry);
		var image = entry.localPreview || (entry.attachmentId ? this.images.get(entry.attachmentId) : null);
		var chosen = this.chosenAction(entry);
		var signature = [entry.seq, entry.text, entry.attachmentId, entry.authorName, delivery, showAuthor,
			image && image.url, image && image.failed, entry.createdAt, (entry.actions || []).length, chosen].join('|');
		if (entry.el && entry.signature === signature) {
			return;
		}
		entry.signature = signature;
		var node = entry.el || el('div', { 'data-testid': 'chat-message' });
		entry.el = node;
		var kind = entry.authorKind || OWN;
		node.className = 'yc-message ' + (entry.own ? 'yc-own' : 'yc-theirs') + ' yc-kind-' + kind.toLowerCase()
			+ (delivery === 'failed' ? ' yc-failed' : '');
		node.setAttribute('data-author-kind', kind);
		if (entry.seq != null) {
			node.setAttribute('data-seq', String(entry.seq));
		}
		else {
			node.removeAttribute('data-seq');
		}
		if (entry.clientMessageId) {
			node.setAttribute('data-client-message-id', entry.clientMessageId);
		}
		if (delivery) {
			node.setAttribute('data-delivery', delivery);
		}
		else {
			node.removeAttribute('data-delivery');
		}
		node.textContent = '';

		if (showAuthor) {
			node.appendChild(el('div', { className: 'yc-author', text: this.authorLabel(entry) }));
		}
		var bubble = el('div', { className: 'yc-bubble' });
		if (entry.attachmentId || entry.localPreview) {
			bubble.appendChild(this.renderImage(entry, image));
		}
		var text = el('div', { className: 'yc-text', 'data-testid': 'chat-message-text' });
		text.appendChild(linkified(entry.text || ''));
		bubble.appendChild(text);
		var meta = el('div', { className: 'yc-meta' }, [
			el('time', { dateTime: new Date(entry.createdAt).toISOString(), text: this.timeFormat.format(new Date(entry.createdAt)) })
		]);
		if (delivery) {
			meta.appendChild(el('span', { className: 'yc-tick yc-tick-' + delivery, title: this.t[delivery],
				'aria-label': this.t[delivery], role: 'img' }));
		}
		bubble.appendChild(meta);
		node.appendChild(bubble);
		if (entry.actions && entry.actions.length) {
			node.appendChild(this.renderQuickReplies(entry, chosen));
		}
		if (delivery === 'failed') {
			var retry = el('button', { type: 'button', className: 'yc-retry', text: this.t.failed + ' · ' + this.t.retry });
			retry.addEventListener('click', this.retry.bind(this, entry));
			node.appendChild(retry);
		}
	};

	// ---------------------------------------------------------------- the FAQ (the public knowledge base)

	Chat.prototype.toggleFaq = function () {
		var open = this.faqEl.hidden;
		this.faqEl.hidden = !open;
		this.scroller.hidden = open;
		this.form.hidden = open;
		if (open) {
			this.showFaqList('');
		}
	};

	Chat.prototype.kb = function (method, path, body) {
		var init = { method: method, headers: { Accept: 'application/json' }, credentials: 'omit', cache: 'no-store' };
		if (body !== undefined) {
			init.headers['Content-Type'] = 'application/json';
			init.body = JSON.stringify(body);
			// Reading is public; a vote counts once per reader, who is named by their token.
			init.headers.Authorization = 'Bearer ' + this.token;
		}
		return fetch(this.base + path, init).then(function (r) {
			return r.ok ? r.json() : Promise.reject(new Error(String(r.status)));
		});
	};

	Chat.prototype.showFaqList = function (query) {
		var self = this;
		var t = this.t;
		this.faqEl.textContent = '';
		var search = el('input', { type: 'search', className: 'yc-faq-search', placeholder: t.faqSearch,
			'aria-label': t.faqSearch, 'data-testid': 'chat-faq-search', value: query });
		var list = el('div', { className: 'yc-faq-list' });
		var back = el('button', { type: 'button', className: 'yc-faq-back', text: t.faqBack, 'data-testid': 'chat-faq-back' });
		back.addEventListener('click', this.toggleFaq.bind(this));
		this.faqEl.appendChild(search);
		this.faqEl.appendChild(list);
		this.faqEl.appendChild(back);
		var timer = null;
		var load = function (q) {
			var locale = encodeURIComponent(self.locale);
			var request = (q && q.trim().length >= 2)
				? self.kb('GET', '/api/v1/kb/search?limit=8&locale=' + locale + '&q=' + encodeURIComponent(q.trim()))
				: self.kb('GET', '/api/v1/kb/articles?locale=' + locale);
			request.then(function (items) {
				list.textContent = '';
				if (!items.length) {
					list.appendChild(el('p', { className: 'yc-faq-empty', text: t.faqEmpty }));
				}
				items.forEach(function (item) {
					var button = el('button', { type: 'button', className: 'yc-faq-item', text: item.title,
						'data-testid': 'chat-faq-item' });
					button.setAttribute('data-slug', item.slug);
					button.addEventListener('click', function () { self.showFaqArticle(item.slug, search.value); });
					list.appendChild(button);
				});
			}).catch(function () {
				list.textContent = '';
				list.appendChild(el('p', { className: 'yc-faq-empty', text: t.offline }));
			});
		};
		search.addEventListener('input', function () {
			clearTimeout(timer);
			timer = setTimeout(function () { load(search.value); }, 250);
		});
		load(query);
	};

	Chat.prototype.showFaqArticle = function (slug, query) {
		var self = this;
		var t = this.t;
		this.kb('GET', '/api/v1/kb/articles/' + encodeURIComponent(slug) + '?locale=' + encodeURIComponent(this.locale))
			.then(function (article) {
				self.faqEl.textContent = '';
				var back = el('button', { type: 'button', className: 'yc-faq-back', text: '← ' + t.faq });
				back.addEventListener('click', function () { self.showFaqList(query); });
				var feedback = el('div', { className: 'yc-faq-feedback' }, [el('span', { text: t.faqHelpful })]);
				[[true, t.faqYes, 'chat-faq-yes'], [false, t.faqNo, 'chat-faq-no']].forEach(function (choice) {
					var b = el('button', { type: 'button', className: 'yc-quick-reply', text: choice[1], 'data-testid': choice[2] });
					b.addEventListener('click', function () {
						self.kb('POST', '/api/v1/kb/articles/' + encodeURIComponent(slug) + '/feedback', { helpful: choice[0] })
							.then(function () {
								feedback.textContent = '';
								feedback.appendChild(el('span', { text: t.faqThanks, 'data-testid': 'chat-faq-thanks' }));
							});
					});
					feedback.appendChild(b);
				});
				var toChat = el('button', { type: 'button', className: 'yc-faq-back', text: t.faqBack });
				toChat.addEventListener('click', self.toggleFaq.bind(self));
				self.faqEl.appendChild(back);
				self.faqEl.appendChild(el('h3', { className: 'yc-faq-title', text: article.title, 'data-testid': 'chat-faq-title' }));
				self.faqEl.appendChild(el('p', { className: 'yc-faq-body', text: article.body, 'data-testid': 'chat-faq-body' }));
				self.faqEl.appendChild(feedback);
				self.faqEl.appendChild(toChat);
			});
	};

	/** The id of the quick reply the customer already chose among this message's, if any. */
	Chat.prototype.chosenAction = function (entry) {
		if (!entry.actions || !entry.actions.length) {
			return null;
		}
		var ids = entry.actions.map(function (a) { return a.id; });
		for (var i = 0; i < this.entries.length; i++) {
			var other = this.entries[i];
			if (other.own && other.actionId && ids.indexOf(other.actionId) >= 0) {
				return other.actionId;
			}
		}
		return null;
	};

	/** Buttons under a support message; once one is chosen they stay, disabled, with the choice marked. */
	Chat.prototype.renderQuickReplies = function (entry, chosen) {
		var self = this;
		var box = el('div', { className: 'yc-quick-replies', role: 'group', 'data-testid': 'chat-quick-replies' });
		entry.actions.forEach(function (action) {
			var button = el('button', { type: 'button', className: 'yc-quick-reply' + (chosen === action.id ? ' yc-chosen' : ''),
				text: action.label, 'data-testid': 'chat-quick-reply' });
			button.setAttribute('data-action-id', action.id);
			if (chosen) {
				button.disabled = true;
				button.setAttribute('aria-pressed', chosen === action.id ? 'true' : 'false');
			}
			else {
				button.addEventListener('click', function () { self.sendAction(action); });
			}
			box.appendChild(button);
		});
		return box;
	};

	/** Answers a quick reply: a message with the action's id, its label as the text. */
	Chat.prototype.sendAction = function (action) {
		if (this.sessionExpired) {
			this.showError(this.t.sessionExpired, null, 'session-expired');
			return;
		}
		var entry = this.addLocal({ clientMessageId: uuid(), text: action.label });
		entry.actionId = action.id;
		this.clearError(false);
		this.render(true);
		this.enqueue({ kind: 'text', entry: entry, text: action.label, actionId: action.id });
	};

	Chat.prototype.authorLabel = function (entry) {
		if (entry.authorKind === 'BOT') {
			return entry.authorName || this.t.bot;
		}
		return entry.authorName || this.t.support;
	};

	Chat.prototype.renderImage = function (entry, image) {
		var self = this;
		if (!image && entry.attachmentId) {
			this.loadImage(entry.attachmentId);
			return el('div', { className: 'yc-image yc-image-loading', 'aria-label': this.t.photo, role: 'img' });
		}
		if (!image || image.failed) {
			return el('div', { className: 'yc-image yc-image-failed', text: this.t.imageUnavailable });
		}
		var img = el('img', { src: image.url, alt: entry.text || this.t.photo, loading: 'lazy' });
		img.addEventListener('load', function () {
			if (self.nearBottomBeforeImage(img)) {
				self.scroller.scrollTop = self.scroller.scrollHeight;
			}
		});
		return el('a', { className: 'yc-image', href: image.url, target: '_blank', rel: 'noopener' }, [img]);
	};

	Chat.prototype.nearBottomBeforeImage = function (img) {
		var s = this.scroller;
		return s.scrollHeight - s.scrollTop - s.clientHeight - img.clientHeight < 80;
	};

	Chat.prototype.reloadFailedImages = function () {
		var self = this;
		var again = false;
		this.images.forEach(function (image, id) {
			if (image.failed && image.transient) {
				self.images.delete(id);
				again = true;
			}
		});
		if (again) {
			this.render(false);
		}
	};

	/** Attachments need the bearer token, so they are fetched and shown from blob URLs. */
	Chat.prototype.loadImage = function (attachmentId) {
		var self = this;
		if (this.images.has(attachmentId) || this.loadingImages[attachmentId]) {
			return;
		}
		this.loadingImages[attachmentId] = true;
		var path = '/api/v1/conversations/' + encodeURIComponent(this.conversationId) + '/attachments/'
			+ encodeURIComponent(attachmentId);
		fetch(this.base + path, { headers: { Authorization: 'Bearer ' + this.token }, credentials: 'omit' })
			.then(function (response) {
				if (!response.ok) {
					throw new ChatError(response.status, null, response.status >= 500);
				}
				return response.blob();
			})
			.then(function (blob) {
				var url = URL.createObjectURL(blob);
				self.blobUrls.push(url);
				self.images.set(attachmentId, { url: url });
			}, function (error) {
				if (error && error.status === 401) {
					self.expire();
				}
				self.images.set(attachmentId, { failed: true, transient: !error || error.transient !== false });
			})
			.then(function () {
				delete self.loadingImages[attachmentId];
				self.render(false);
			});
	};

	// ---------------------------------------------------------------- sending

	Chat.prototype.updateComposer = function () {
		var input = this.input;
		input.style.height = 'auto';
		var border = input.offsetHeight - input.clientHeight;
		var wanted = input.scrollHeight + border;
		input.style.height = Math.min(wanted, 140) + 'px';
		input.style.overflowY = wanted > 140 ? 'auto' : 'hidden';
		this.sendButton.disabled = input.value.trim() === '';
	};

	Chat.prototype.sendText = function () {
		var text = this.input.value.trim();
		if (!text) {
			return;
		}
		if (this.sessionExpired) {
			this.showError(this.t.sessionExpired, null, 'session-expired');
			return;
		}
		var entry = this.addLocal({ clientMessageId: uuid(), text: text });
		this.input.value = '';
		this.updateComposer();
		this.clearError(false);
		this.render(true);
		this.enqueue({ kind: 'text', entry: entry, text: text });
		this.input.focus({ preventScroll: true });
	};

	Chat.prototype.sendImage = function (file) {
		if (this.sessionExpired) {
			this.showError(this.t.sessionExpired, null, 'session-expired');
			return;
		}
		var preview = URL.createObjectURL(file);
		this.blobUrls.push(preview);
		var entry = this.addLocal({ clientMessageId: uuid(), localPreview: { url: preview }, attachmentId: null });
		this.clearError(false);
		this.render(true);
		this.enqueue({ kind: 'image', entry: entry, file: file });
	};

	Chat.prototype.retry = function (entry) {
		if (this.sessionExpired) {
			this.showError(this.t.sessionExpired, null, 'session-expired');
			return;
		}
		entry.state = 'sending';
		this.render(false);
		this.enqueue(entry.job);
	};

	/** Sends again, by itself, what failed only because the network was gone. */
	Chat.prototype.retryFailed = function () {
		var self = this;
		this.entries.forEach(function (entry) {
			if (entry.state === 'failed' && entry.job && entry.job.transientFailure && self.queue.indexOf(entry.job) < 0) {
				self.retry(entry);
			}
		});
	};

	Chat.prototype.enqueue = function (job) {
		job.entry.job = job;
		job.firstAttemptAt = job.firstAttemptAt || Date.now();
		if (this.queue.indexOf(job) < 0) {
			this.queue.push(job);
		}
		this.pump();
	};

	/** One message at a time, in the order they were written. */
	Chat.prototype.pump = function () {
		var self = this;
		if (this.pumping) {
			return;
		}
		this.pumping = true;
		(function next() {
			if (self.destroyed || self.queue.length === 0) {
				self.pumping = false;
				return;
			}
			var job = self.queue[0];
			self.run(job).then(function () {
				self.queue.shift();
				next();
			});
		})();
	};

	Chat.prototype.run = function (job) {
		var self = this;
		var entry = job.entry;
		var attempt = 0;
		job.transientFailure = false;
		function tryOnce() {
			if (self.destroyed || entry.id) {
				return Promise.resolve(); // delivered meanwhile: the stream or a catch-up brought it back
			}
			if (self.sessionExpired) {
				job.transientFailure = true;
				entry.state = 'failed';
				self.render(false);
				return Promise.resolve();
			}
			return self.deliver(job).then(function () {
				self.clearError(false);
				self.render(false);
			}, function (error) {
				if (error && error.transient) {
					attempt++;
					if (attempt > AUTO_RETRIES) {
						job.transientFailure = true;
						entry.state = 'failed';
						self.render(false);
						return;
					}
					return sleep(Math.min(1000 * Math.pow(2, attempt - 1), 15000), self.wakers).then(tryOnce);
				}
				self.refused(job, error);
			});
		}
		return tryOnce();
	};

	Chat.prototype.deliver = function (job) {
		var self = this;
		var entry = job.entry;
		var ready = this.conversationId ? Promise.resolve(false) : this.startConversation(job);
		return ready.then(function (startedWithMessage) {
			if (startedWithMessage) {
				return self.catchUp().then(function () {
					if (!entry.id) {
						entry.state = 'sent'; // stored with the conversation; the stream will bring its seq
					}
				});
			}
			var base = '/api/v1/conversations/' + encodeURIComponent(self.conversationId);
			var call;
			if (job.kind === 'image') {
				var form = new FormData();
				form.append('file', job.file, job.file.name || 'image');
				form.append('clientMessageId', entry.clientMessageId);
				call = self.api('POST', base + '/images', form);
			}
			else {
				var body = { clientMessageId: entry.clientMessageId, text: job.text };
				if (job.actionId) {
					body.actionId = job.actionId;
				}
				call = self.api('POST', base + '/messages', body);
			}
			return call.then(function (message) {
				if (message && message.id) {
					self.upsert(message);
				}
			});
		});
	};

	/**
	 * Opens the conversation with its first message, so that no empty conversation is left behind. A start with text
	 * is idempotent on the server by its client message id (a retry answers 200 with the same conversation); a start
	 * without text (an image first) is not, so before trying again after a network failure it looks for the
	 * conversation the lost answer would have named.
	 */
	Chat.prototype.startConversation = function (job) {
		var self = this;
		var found = job.startAttempted ? this.findStarted(job) : Promise.resolve(null);
		return found.then(function (conversation) {
			if (conversation) {
				self.adopt(conversation);
				return job.kind === 'text';
			}
			job.startAttempted = true;
			var body = { orderId: self.orderId, text: null, clientMessageId: null };
			if (job.kind === 'text') {
				body.text = job.text;
				body.clientMessageId = job.entry.clientMessageId;
			}
			return self.api('POST', '/api/v1/conversations', body).then(function (started) {
				self.adopt(started);
				return job.kind === 'text';
			});
		});
	};

	Chat.prototype.findStarted = function (job) {
		var self = this;
		var since = job.firstAttemptAt - 5 * 60 * 1000;
		return this.api('GET', '/api/v1/conversations').then(function (conversations) {
			var candidates = (conversations || []).filter(function (c) {
				return (c.orderId || null) === (self.orderId || null) && parseTime(c.createdAt) >= since;
			}).slice(0, 3);
			if (job.kind !== 'text') {
				return candidates.filter(function (c) { return !c.lastSeq; })[0] || null;
			}
			return candidates.reduce(function (previous, c) {
				return previous.then(function (hit) {
					if (hit) {
						return hit;
					}
					return self.api('GET', '/api/v1/conversations/' + encodeURIComponent(c.id) + '/messages?after=0&limit=20')
						.then(function (messages) {
							return (messages || []).some(function (m) {
								return m.clientMessageId === job.entry.clientMessageId;
							}) ? c : null;
						});
				});
			}, Promise.resolve(null));
		});
	};

	/** The server said no: take the bubble back, give the text back to the input, say why. */
	Chat.prototype.refused = function (job, error) {
		var entry = job.entry;
		if (error.status === 401) {
			job.transientFailure = true;
			entry.state = 'failed';
			this.render(false);
			return;
		}
		if (job.kind === 'text' && this.input.value.trim() === '') {
			this.remove(entry);
			this.input.value = job.text;
			this.updateComposer();
		}
		else if (job.kind === 'image') {
			this.remove(entry);
		}
		else {
			entry.state = 'failed';
		}
		this.render(false);
		this.showError(this.problemText(error), error, 'refused');
	};

	Chat.prototype.problemText = function (error) {
		var problem = error.problem || {};
		var first = (problem.errors && problem.errors[0]) || {};
		var rule = problem.rule || first.rule;
		var detail = first.message || problem.detail || problem.title;
		if (this.locale === 'en' && detail) {
			return detail;
		}
		if (rule === 'message-flood' || error.status === 429) {
			return this.t.flood;
		}
		if (rule === 'max-length' && first.field !== 'file') {
			var limit = /(\d+)/.exec(first.message || detail || '');
			if (limit) {
				return format(this.t.tooLong, { n: limit[1] });
			}
		}
		if (rule === 'not-empty' && first.field === 'text') {
			return this.t.notEmpty;
		}
		if (rule === 'image-type') {
			return this.t.imageType;
		}
		if (rule === 'max-size') {
			return this.t.imageSize;
		}
		return detail || this.t.generic;
	};

	// ---------------------------------------------------------------- typing, read marks

	Chat.prototype.typed = function () {
		var now = Date.now();
		if (!this.input.value.trim() || !this.conversationId || !this.client || !this.client.connected
			|| now - this.lastTypingSent < TYPING_SENT_EVERY_MS) {
			return;
		}
		this.lastTypingSent = now;
		try {
			this.client.publish({ destination: '/app/conversations.' + this.conversationId + '.typing', body: '' });
		}
		catch (e) {
			// typing is best effort
		}
	};

	Chat.prototype.showTyping = function (name) {
		var self = this;
		this.typingEl.textContent = name ? format(this.t.typing, { name: name }) : this.t.typingAnonymous;
		this.typingEl.hidden = false;
		clearTimeout(this.timers.typing);
		this.timers.typing = setTimeout(function () { self.hideTyping(); }, TYPING_SHOWN_MS);
	};

	Chat.prototype.hideTyping = function () {
		clearTimeout(this.timers.typing);
		this.typingEl.hidden = true;
		this.typingEl.textContent = '';
	};

	Chat.prototype.visible = function () {
		return this.inView && document.visibilityState !== 'hidden' && this.root.isConnected
			&& this.root.getClientRects().length > 0;
	};

	Chat.prototype.scheduleRead = function () {
		var self = this;
		clearTimeout(this.timers.read);
		this.timers.read = setTimeout(function () { self.markRead(); }, 300);
	};

	Chat.prototype.markRead = function () {
		var self = this;
		if (!this.conversationId || this.sessionExpired || !this.visible()) {
			return;
		}
		var seq = this.syncedSeq;
		if (seq <= this.readSent) {
			return;
		}
		var previous = this.readSent;
		this.readSent = seq;
		this.api('POST', '/api/v1/conversations/' + encodeURIComponent(this.conversationId) + '/read', { seq: seq })
			.catch(function () {
				self.readSent = Math.min(self.readSent, previous);
			});
	};

	// ---------------------------------------------------------------- plumbing

	Chat.prototype.api = function (method, path, body) {
		var self = this;
		var headers = { Authorization: 'Bearer ' + this.token, Accept: 'application/json, application/problem+json' };
		var payload;
		if (body instanceof FormData) {
			payload = body;
		}
		else if (body !== undefined) {
			headers['Content-Type'] = 'application/json';
			payload = JSON.stringify(body);
		}
		return fetch(this.base + path, { method: method, headers: headers, body: payload, credentials: 'omit', cache: 'no-store' })
			.catch(function () {
				throw new ChatError(0, null, true);
			})
			.then(function (response) {
				var type = response.headers.get('Content-Type') || '';
				var json = type.indexOf('json') >= 0;
				if (response.ok) {
					return (response.status === 204 || !json) ? null : response.json();
				}
				return (json ? response.json().catch(function () { return null; }) : Promise.resolve(null))
					.then(function (problem) {
						var status = response.status;
						var error = new ChatError(status, problem, status >= 500 || status === 408);
						if (status === 401) {
							self.expire();
						}
						throw error;
					});
			});
	};

	Chat.prototype.expire = function () {
		if (this.sessionExpired) {
			return;
		}
		this.sessionExpired = true;
		if (this.client) {
			this.client.deactivate();
		}
		this.setStatus('offline');
		this.showError(this.t.sessionExpired, new ChatError(401, null, false), 'session-expired');
	};

	Chat.prototype.setStatus = function (state) {
		if (this.status === state) {
			return;
		}
		this.status = state;
		this.statusEl.setAttribute('data-state', state);
		this.statusText.textContent = this.t[state];
		this.emit('status', { state: state });
	};

	Chat.prototype.showError = function (text, error, kind) {
		this.errorText.textContent = text;
		this.errorEl.hidden = false;
		this.errorEl.setAttribute('data-kind', kind);
		var detail = {
			kind: kind,
			status: error ? error.status : null,
			message: text,
			problem: error ? error.problem : null
		};
		this.emit('error', detail);
		if (typeof this.options.onError === 'function') {
			try {
				this.options.onError(detail);
			}
			catch (e) {
				// the page's handler must not break the widget
			}
		}
	};

	Chat.prototype.clearError = function (byUser) {
		if (this.sessionExpired && !byUser) {
			return;
		}
		this.errorEl.hidden = true;
		this.errorText.textContent = '';
		this.errorEl.removeAttribute('data-kind');
	};

	Chat.prototype.wake = function () {
		var wakers = this.wakers.splice(0);
		wakers.forEach(function (w) { w(); });
	};

	Chat.prototype.emit = function (name, detail) {
		try {
			this.host.dispatchEvent(new CustomEvent('yordam:' + name, { detail: detail, bubbles: true }));
		}
		catch (e) {
			// old browsers without CustomEvent: the callbacks still work
		}
	};

	Chat.prototype.setToken = function (token) {
		this.token = token || '';
		if (!this.token) {
			return;
		}
		var wasExpired = this.sessionExpired;
		this.sessionExpired = false;
		this.clearError(true);
		if (wasExpired) {
			if (this.client) {
				this.client.activate();
			}
			else {
				this.connectLive();
			}
			this.catchUp();
			this.retryFailed(); // what failed only because of the expired session goes out again
		}
	};

	Chat.prototype.destroy = function () {
		if (this.destroyed) {
			return;
		}
		this.destroyed = true;
		this.wake();
		if (this.client) {
			this.client.deactivate();
		}
		Object.keys(this.timers).forEach(function (k) {
			clearTimeout(this.timers[k]);
			clearInterval(this.timers[k]);
		}, this);
		document.removeEventListener('visibilitychange', this.onVisibility);
		global.removeEventListener('focus', this.onVisibility);
		global.removeEventListener('online', this.onOnline);
		global.removeEventListener('offline', this.onOffline);
		if (this.observer) {
			this.observer.disconnect();
		}
		this.blobUrls.forEach(function (url) { URL.revokeObjectURL(url); });
		this.root.remove();
	};

	function mount(element, options) {
		var host = (typeof element === 'string') ? document.querySelector(element) : element;
		if (!host) {
			throw new Error('YordamChat.mount: no element to mount in');
		}
		if (host.__yordamChat) {
			host.__yordamChat.destroy();
		}
		var chat = new Chat(host, options);
		var handle = {
			get conversationId() { return chat.conversationId; },
			get status() { return chat.status; },
			setToken: function (token) { chat.setToken(token); },
			focus: function () { chat.input.focus({ preventScroll: true }); },
			destroy: function () {
				chat.destroy();
				if (host.__yordamChat === handle) {
					host.__yordamChat = null;
				}
			}
		};
		host.__yordamChat = handle;
		return handle;
	}

	global.YordamChat = { mount: mount, version: '1.0.0' };
})(window);
