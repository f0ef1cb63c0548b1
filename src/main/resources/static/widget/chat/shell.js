/** The widget's frame: header, FAQ, queue place, message list, typing, errors and the composer. */
import { el, ICON_SEND, ICON_ATTACH, ICON_CLOSE, ICON_BELL } from './dom.js';
import { format } from './i18n.js';
import { IMAGE_TYPES } from './uploads.js';

/** Builds the frame into chat.host and keeps its parts on the chat. */
export function buildShell(chat) {
	const t = chat.t;
	const options = chat.options;
	const inputId = 'yc-input-' + chat.id;
	const attachId = 'yc-attach-' + chat.id;

	chat.statusText = el('span', { className: 'yc-status-text' });
	chat.statusEl = el('span', { className: 'yc-status', 'data-testid': 'chat-status', role: 'status' },
		[el('span', { className: 'yc-dot', 'aria-hidden': 'true' }), chat.statusText]);
	const subtitle = options.subtitle
		|| (chat.orderId ? format(t.aboutOrder, { order: options.orderLabel || chat.orderId }) : null);
	chat.subtitleEl = el('div', { className: 'yc-subtitle', text: subtitle || '', hidden: !subtitle });
	const titles = el('div', { className: 'yc-titles' }, [
		el('div', { className: 'yc-title', id: 'yc-title-' + chat.id, text: options.title || t.title }),
		chat.subtitleEl,
		chat.statusEl
	]);
	const header = el('header', { className: 'yc-header' }, [
		el('div', { className: 'yc-avatar', 'aria-hidden': 'true', text: 'Y' }), titles]);
	const faqToggle = el('button', { type: 'button', className: 'yc-icon-button yc-faq-toggle', 'aria-label': t.faq,
		title: t.faq, text: '?', 'data-testid': 'chat-faq-toggle' });
	faqToggle.addEventListener('click', () => chat.toggleFaq());
	// The bell shows once the server says this is a customer with notices (notices.js).
	chat.noticeBadge = el('span', { className: 'yc-notice-badge', 'data-testid': 'chat-notices-badge', hidden: true });
	chat.noticeBell = el('button', { type: 'button', className: 'yc-icon-button yc-notice-bell', 'aria-label': t.notices,
		title: t.notices, html: ICON_BELL, 'data-testid': 'chat-notices-toggle', 'aria-expanded': 'false', hidden: true },
	[chat.noticeBadge]);
	chat.noticeBell.addEventListener('click', () => chat.toggleNotices());
	header.appendChild(chat.noticeBell);
	header.appendChild(faqToggle);
	if (typeof options.onClose === 'function') {
		const close = el('button', { type: 'button', className: 'yc-icon-button yc-close', 'aria-label': t.close,
			title: t.close, html: ICON_CLOSE, 'data-testid': 'chat-close' });
		close.addEventListener('click', options.onClose);
		header.appendChild(close);
	}

	chat.emptyEl = el('div', { className: 'yc-empty', text: t.empty });
	chat.list = el('div', { className: 'yc-list' });
	chat.scroller = el('div', { className: 'yc-messages', role: 'log', 'aria-live': 'polite',
		'aria-relevant': 'additions', 'aria-label': t.log, tabindex: '0' }, [chat.emptyEl, chat.list]);

	chat.typingEl = el('div', { className: 'yc-typing', 'data-testid': 'chat-typing', 'aria-live': 'polite', hidden: true });
	chat.queueEl = el('div', { className: 'yc-queue', 'data-testid': 'chat-queue', role: 'status', hidden: true });
	chat.errorText = el('span', { className: 'yc-error-text' });
	const dismiss = el('button', { type: 'button', className: 'yc-error-dismiss', 'aria-label': t.dismiss,
		title: t.dismiss, html: ICON_CLOSE });
	chat.errorEl = el('div', { className: 'yc-error', 'data-testid': 'chat-error', role: 'alert', hidden: true },
		[chat.errorText, dismiss]);
	dismiss.addEventListener('click', () => chat.clearError(true));

	chat.input = el('textarea', { id: inputId, className: 'yc-input', 'data-testid': 'chat-input', rows: '1',
		placeholder: t.placeholder, autocomplete: 'off', enterkeyhint: 'send' });
	chat.sendButton = el('button', { type: 'submit', className: 'yc-icon-button yc-send', 'data-testid': 'chat-send',
		'aria-label': t.send, title: t.send, html: ICON_SEND });
	chat.attachInput = el('input', { id: attachId, type: 'file', className: 'yc-visually-hidden',
		'data-testid': 'chat-attach', accept: IMAGE_TYPES.join(','), 'aria-label': t.attach });
	const attachLabel = el('label', { 'for': attachId, className: 'yc-icon-button yc-attach', title: t.attach,
		html: ICON_ATTACH });
	attachLabel.appendChild(el('span', { className: 'yc-visually-hidden', text: t.attach }));
	chat.form = el('form', { className: 'yc-composer', novalidate: true }, [
		chat.attachInput, attachLabel,
		el('label', { 'for': inputId, className: 'yc-visually-hidden', text: t.inputLabel }),
		chat.input, chat.sendButton]);

	chat.faqEl = el('div', { className: 'yc-faq', 'data-testid': 'chat-faq', hidden: true });
	chat.noticeStrip = el('div', { className: 'yc-notice yc-notice-strip', 'data-testid': 'chat-notice', role: 'status',
		'aria-live': 'polite', hidden: true });
	chat.noticePanel = el('div', { className: 'yc-notices', 'data-testid': 'chat-notices', tabindex: '-1', hidden: true });
	chat.pushOfferEl = el('div', { className: 'yc-push-offer', 'data-testid': 'chat-push-offer', role: 'status',
		hidden: true });
	chat.root = el('section', { className: 'yc-root', lang: chat.locale === 'uz' ? 'uz-Latn' : chat.locale,
		'aria-labelledby': 'yc-title-' + chat.id },
	[header, chat.noticeStrip, chat.pushOfferEl, chat.noticePanel, chat.faqEl, chat.queueEl, chat.scroller, chat.typingEl,
		chat.errorEl, chat.form]);
	chat.host.appendChild(chat.root);
}

/** The widget's stylesheet, unless the page linked it already. */
export function ensureStyles(base) {
	const links = document.querySelectorAll('link[rel="stylesheet"]');
	for (let i = 0; i < links.length; i++) {
		if (/yordam-chat(\.min)?\.css(\?|$)/.test(links[i].href)) {
			return;
		}
	}
	if (document.querySelector('link[data-yordam-chat]')) {
		return;
	}
	document.head.appendChild(el('link', { rel: 'stylesheet', href: base + '/widget/yordam-chat.css', 'data-yordam-chat': '1' }));
}
