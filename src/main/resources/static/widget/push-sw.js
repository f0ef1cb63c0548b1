/*!
 * Yordam's push service worker: shows a notice the server pushed (already in the customer's
 * language) and, when it is tapped, brings the app forward on that order. The app's address comes
 * from the registration (?app=), set by the widget; a notice is tagged by its id so a repeated
 * push replaces rather than piles up.
 */
'use strict';

const APP = new URL(self.location.href).searchParams.get('app') || self.registration.scope;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('push', (event) => {
	let notice = {};
	try {
		notice = event.data ? event.data.json() : {};
	}
	catch (e) {
		notice = { title: event.data ? event.data.text() : '' };
	}
	const title = notice.title || 'Yordam';
	event.waitUntil(self.registration.showNotification(title, {
		body: notice.body || '',
		tag: notice.noticeId || undefined,
		lang: notice.locale || undefined,
		data: { orderId: notice.orderId || null, kind: notice.kind || null }
	}));
});

self.addEventListener('notificationclick', (event) => {
	event.notification.close();
	const orderId = event.notification.data && event.notification.data.orderId;
	const target = new URL(APP);
	if (orderId) {
		target.searchParams.set('yordam-order', orderId);
	}
	event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
		const open = windows.find((w) => w.url.split('?')[0] === target.href.split('?')[0]);
		if (open) {
			return open.navigate(target.href).then((w) => (w || open).focus());
		}
		return self.clients.openWindow(target.href);
	}));
});
