/**
 * The FAQ: the public knowledge base in the customer's language, searched as they type, an
 * article with "Did this help?", and back to the chat. Reading is public; an article's read and a
 * vote carry the token, so that the view is the reader's (analytics tells whether the article spared
 * a contact) and a vote counts once per reader.
 */
import { el } from './dom.js';

/** The path that lists articles: all of them, or those found for a query of two letters or more. */
export function faqListPath(locale, query) {
	const l = encodeURIComponent(locale);
	const q = (query || '').trim();
	return q.length >= 2
		? '/api/v1/kb/search?limit=8&locale=' + l + '&q=' + encodeURIComponent(q)
		: '/api/v1/kb/articles?locale=' + l;
}

/** The Chat's part. */
export const Faq = {

	toggleFaq() {
		const open = this.faqEl.hidden;
		this.faqEl.hidden = !open;
		this.scroller.hidden = open;
		this.form.hidden = open;
		if (open) {
			if (!this.noticePanel.hidden) {
				this.noticePanel.hidden = true;
				this.noticeBell.setAttribute('aria-expanded', 'false');
			}
			this.showFaqList('');
		}
	},

	kb(method, path, body, asReader) {
		const init = { method, headers: { Accept: 'application/json' }, credentials: 'omit', cache: 'no-store' };
		if (body !== undefined) {
			init.headers['Content-Type'] = 'application/json';
			init.body = JSON.stringify(body);
		}
		if ((body !== undefined || asReader) && this.token) {
			init.headers.Authorization = 'Bearer ' + this.token;
		}
		return fetch(this.base + path, init).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))));
	},

	showFaqList(query) {
		const t = this.t;
		this.faqEl.textContent = '';
		const search = el('input', { type: 'search', className: 'yc-faq-search', placeholder: t.faqSearch,
			'aria-label': t.faqSearch, 'data-testid': 'chat-faq-search', value: query });
		const list = el('div', { className: 'yc-faq-list' });
		const back = el('button', { type: 'button', className: 'yc-faq-back', text: t.faqBack, 'data-testid': 'chat-faq-back' });
		back.addEventListener('click', () => this.toggleFaq());
		this.faqEl.appendChild(search);
		this.faqEl.appendChild(list);
		this.faqEl.appendChild(back);
		let timer = null;
		const load = (q) => {
			this.kb('GET', faqListPath(this.locale, q)).then((items) => {
				list.textContent = '';
				if (!items.length) {
					list.appendChild(el('p', { className: 'yc-faq-empty', text: t.faqEmpty }));
				}
				items.forEach((item) => {
					const button = el('button', { type: 'button', className: 'yc-faq-item', text: item.title,
						'data-testid': 'chat-faq-item' });
					button.setAttribute('data-slug', item.slug);
					button.addEventListener('click', () => this.showFaqArticle(item.slug, search.value));
					list.appendChild(button);
				});
			}).catch(() => {
				list.textContent = '';
				list.appendChild(el('p', { className: 'yc-faq-empty', text: t.offline }));
			});
		};
		search.addEventListener('input', () => {
			clearTimeout(timer);
			timer = setTimeout(() => load(search.value), 250);
		});
		load(query);
	},

	showFaqArticle(slug, query) {
		const t = this.t;
		const path = '/api/v1/kb/articles/' + encodeURIComponent(slug);
		this.kb('GET', path + '?locale=' + encodeURIComponent(this.locale), undefined, true).then((article) => {
			this.faqEl.textContent = '';
			const back = el('button', { type: 'button', className: 'yc-faq-back', text: '← ' + t.faq });
			back.addEventListener('click', () => this.showFaqList(query));
			const feedback = el('div', { className: 'yc-faq-feedback' }, [el('span', { text: t.faqHelpful })]);
			[[true, t.faqYes, 'chat-faq-yes'], [false, t.faqNo, 'chat-faq-no']].forEach(([helpful, label, testId]) => {
				const b = el('button', { type: 'button', className: 'yc-quick-reply', text: label, 'data-testid': testId });
				b.addEventListener('click', () => {
					this.kb('POST', path + '/feedback', { helpful }).then(() => {
						feedback.textContent = '';
						feedback.appendChild(el('span', { text: t.faqThanks, 'data-testid': 'chat-faq-thanks' }));
					});
				});
				feedback.appendChild(b);
			});
			const toChat = el('button', { type: 'button', className: 'yc-faq-back', text: t.faqBack });
			toChat.addEventListener('click', () => this.toggleFaq());
			this.faqEl.appendChild(back);
			this.faqEl.appendChild(el('h3', { className: 'yc-faq-title', text: article.title, 'data-testid': 'chat-faq-title' }));
			this.faqEl.appendChild(el('p', { className: 'yc-faq-body', text: article.body, 'data-testid': 'chat-faq-body' }));
			this.faqEl.appendChild(feedback);
			this.faqEl.appendChild(toChat);
		});
	}

};
