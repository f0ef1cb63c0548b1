import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkImage, MAX_IMAGE_BYTES, IMAGE_TYPES } from '../../main/resources/static/widget/chat/uploads.js';

test('JPEG, PNG, GIF and WebP up to 5 MB may go', () => {
	assert.deepEqual(IMAGE_TYPES, ['image/jpeg', 'image/png', 'image/gif', 'image/webp']);
	for (const type of IMAGE_TYPES) {
		assert.equal(checkImage({ type, size: 1000 }), null, type);
	}
	assert.equal(checkImage({ type: 'IMAGE/PNG', size: 1 }), null);
	assert.equal(checkImage({ type: 'image/png', size: MAX_IMAGE_BYTES }), null);
});

test('another type, or a larger file, is refused with the rule the server would name', () => {
	assert.equal(checkImage({ type: 'application/pdf', size: 10 }), 'image-type');
	assert.equal(checkImage({ type: 'image/svg+xml', size: 10 }), 'image-type', 'SVG can carry script');
	assert.equal(checkImage({ type: 'image/heic', size: 10 }), 'image-type');
	assert.equal(checkImage({ type: 'image/jpeg', size: MAX_IMAGE_BYTES + 1 }), 'max-size');
	assert.equal(checkImage({ type: 'image/jpeg', size: 2000 }, 1000), 'max-size', 'the limit follows the option');
	assert.equal(checkImage(null), 'not-empty');
});

test('a file the browser cannot type is left to the server, which reads its bytes', () => {
	assert.equal(checkImage({ type: '', size: 10 }), null);
	assert.equal(checkImage({ type: '', size: MAX_IMAGE_BYTES + 1 }), 'max-size');
});
