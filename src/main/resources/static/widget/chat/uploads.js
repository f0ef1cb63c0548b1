/**
 * Photos: checked before they go (the server checks again, by content), sent as multipart, and
 * shown from blob URLs, because an attachment is fetched with the customer's token.
 */
import { el } from './dom.js';
import { ChatError } from './api.js';
import { uuid } from './util.js';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];

/** The server's default limit (yordam.chat.max-image-bytes); the mount option maxImageBytes changes it. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/**
 * Why a file cannot be sent, as the server's rule would name it ('image-type', 'max-size'), or
 * null. A file whose type the browser does not know is left to the server, which reads its bytes.
 */
export function checkImage(file, maxBytes = MAX_IMAGE_BYTES) {
	if (!file) {
		return 'not-empty';
	}
	if (file.type && IMAGE_TYPES.indexOf(file.type.toLowerCase()) < 0) {
		return 'image-type';
	}
	if (file.size > maxBytes) {
		return 'max-size';
	}
	return null;
}

/** The Chat's part: sending and showing images. */
export const Uploads = {

	sendImage(file) {
		if (this.sessionExpired) {
			this.showError(this.t.sessionExpired, null, 'session-expired');
			return;
		}
		const refused = checkImage(file, this.options.maxImageBytes || MAX_IMAGE_BYTES);
		if (refused) {
			const problem = { status: 400, errors: [{ field: 'file', rule: refused }] };
			this.showError(refused === 'max-size' ? this.t.imageSize : this.t.imageType,
				new ChatError(400, problem, false), 'refused');
			return;
		}
		const preview = URL.createObjectURL(file);
		this.blobUrls.push(preview);
		const entry = this.store.addLocal({ clientMessageId: uuid(), localPreview: { url: preview }, attachmentId: null });
		this.clearError(false);
		this.render(true);
		this.enqueue({ kind: 'image', entry, file });
	},

	/** The picture of a message: loading, unavailable, or the image linked to itself. */
	imageElement(entry, picture) {
		if (picture === 'loading') {
			this.loadImage(entry.attachmentId);
			return el('div', { className: 'yc-image yc-image-loading', 'aria-label': this.t.photo, role: 'img' });
		}
		if (picture === 'failed') {
			return el('div', { className: 'yc-image yc-image-failed', text: this.t.imageUnavailable });
		}
		const img = el('img', { src: picture.url, alt: picture.alt, loading: 'lazy' });
		img.addEventListener('load', () => {
			if (this.nearBottomBeforeImage(img)) {
				this.scroller.scrollTop = this.scroller.scrollHeight;
			}
		});
		return el('a', { className: 'yc-image', href: picture.url, target: '_blank', rel: 'noopener' }, [img]);
	},

	nearBottomBeforeImage(img) {
		const s = this.scroller;
		return s.scrollHeight - s.scrollTop - s.clientHeight - img.clientHeight < 80;
	},

	/** After a reconnect: the images that failed for the network's sake are tried again. */
	reloadFailedImages() {
		let again = false;
		this.images.forEach((image, id) => {
			if (image.failed && image.transient) {
				this.images.delete(id);
				again = true;
			}
		});
		if (again) {
			this.render(false);
		}
	},

	loadImage(attachmentId) {
		if (this.images.has(attachmentId) || this.loadingImages[attachmentId]) {
			return;
		}
		this.loadingImages[attachmentId] = true;
		const path = '/api/v1/conversations/' + encodeURIComponent(this.conversationId) + '/attachments/'
			+ encodeURIComponent(attachmentId);
		fetch(this.base + path, { headers: { Authorization: 'Bearer ' + this.token }, credentials: 'omit' })
			.then((response) => {
				if (!response.ok) {
					throw new ChatError(response.status, null, response.status >= 500);
				}
				return response.blob();
			})
			.then((blob) => {
				const url = URL.createObjectURL(blob);
				this.blobUrls.push(url);
				this.images.set(attachmentId, { url });
			}, (error) => {
				if (error && error.status === 401) {
					this.expire();
				}
				this.images.set(attachmentId, { failed: true, transient: !error || error.transient !== false });
			})
			.then(() => {
				delete this.loadingImages[attachmentId];
				this.render(false);
			});
	}

};
