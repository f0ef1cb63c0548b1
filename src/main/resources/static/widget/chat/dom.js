/** Building the widget's elements; text is never interpreted as HTML. */

/**
 * An element with attributes and children. className, text and html are special: html is only
 * ever one of the widget's own constant icons.
 */
export function el(tag, attrs, children) {
	const node = document.createElement(tag);
	if (attrs) {
		Object.keys(attrs).forEach((key) => {
			const value = attrs[key];
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
				node.innerHTML = value;
			}
			else {
				node.setAttribute(key, value === true ? '' : String(value));
			}
		});
	}
	(children || []).forEach((child) => {
		if (child != null) {
			node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
		}
	});
	return node;
}

const LINK = /https?:\/\/[^\s<>"']+[^\s<>"'.,:;!?)\]]/g;

/** The text cut into plain parts and http(s) links: [{text}] and [{href}]. */
export function linkParts(text) {
	const parts = [];
	const pattern = new RegExp(LINK.source, 'g');
	let last = 0;
	let match;
	while ((match = pattern.exec(text)) !== null) {
		if (match.index > last) {
			parts.push({ text: text.slice(last, match.index) });
		}
		parts.push({ href: match[0] });
		last = match.index + match[0].length;
	}
	if (last < text.length) {
		parts.push({ text: text.slice(last) });
	}
	return parts;
}

/** Text with its links made clickable. */
export function linkified(text) {
	const fragment = document.createDocumentFragment();
	linkParts(text).forEach((part) => {
		fragment.appendChild(part.href
			? el('a', { href: part.href, target: '_blank', rel: 'noopener noreferrer nofollow', text: part.href })
			: document.createTextNode(part.text));
	});
	return fragment;
}

export const ICON_SEND = '<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">'
	+ '<path fill="currentColor" d="M3.4 20.4 21.9 12 3.4 3.6 3.4 10.1 16.6 12 3.4 13.9z"/></svg>';
export const ICON_ATTACH = '<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">'
	+ '<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" '
	+ 'd="M21 11.5 12.6 19.9a5.5 5.5 0 0 1-7.8-7.8l8.5-8.5a3.7 3.7 0 0 1 5.2 5.2l-8.5 8.5a1.8 1.8 0 0 1-2.6-2.6l7.8-7.8"/></svg>';
export const ICON_CLOSE = '<svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">'
	+ '<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M6 6l12 12M18 6 6 18"/></svg>';

export const ICON_BELL = '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">'
	+ '<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" '
	+ 'd="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15zM10 20.5a2 2 0 0 0 4 0"/></svg>';
