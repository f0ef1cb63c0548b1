/**
 * The least of a DOM the widget's element builders need, so that they run under node: elements
 * with attributes, children, text and click listeners. Install it with installFakeDocument().
 */

class FakeNode {

	constructor(nodeName) {
		this.nodeName = nodeName;
		this.childNodes = [];
		this.parentNode = null;
	}

	appendChild(child) {
		if (child.nodeName === '#fragment') {
			child.childNodes.slice().forEach((c) => this.appendChild(c));
			child.childNodes = [];
			return child;
		}
		if (child.parentNode) {
			child.parentNode.childNodes = child.parentNode.childNodes.filter((c) => c !== child);
		}
		child.parentNode = this;
		this.childNodes.push(child);
		return child;
	}

	remove() {
		if (this.parentNode) {
			this.parentNode.childNodes = this.parentNode.childNodes.filter((c) => c !== this);
			this.parentNode = null;
		}
	}

	get firstChild() {
		return this.childNodes[0] || null;
	}

	get textContent() {
		return this.childNodes.map((c) => c.textContent).join('');
	}

	set textContent(value) {
		this.childNodes = [];
		if (value !== '' && value != null) {
			this.appendChild(new FakeText(String(value)));
		}
	}

}

class FakeText extends FakeNode {

	constructor(text) {
		super('#text');
		this.data = text;
	}

	get textContent() {
		return this.data;
	}

}

export class FakeElement extends FakeNode {

	constructor(tag) {
		super(tag.toUpperCase());
		this.tagName = tag.toUpperCase();
		this.attributes = new Map();
		this.listeners = {};
		this.disabled = false;
		this.hidden = false;
		this.innerHTML = '';
	}

	get className() {
		return this.getAttribute('class') || '';
	}

	set className(value) {
		this.setAttribute('class', value);
	}

	setAttribute(name, value) {
		this.attributes.set(name, String(value));
		if (name === 'hidden') {
			this.hidden = true;
		}
	}

	getAttribute(name) {
		return this.attributes.has(name) ? this.attributes.get(name) : null;
	}

	hasAttribute(name) {
		return this.attributes.has(name);
	}

	removeAttribute(name) {
		this.attributes.delete(name);
	}

	addEventListener(type, listener) {
		(this.listeners[type] = this.listeners[type] || []).push(listener);
	}

	click() {
		if (!this.disabled) {
			(this.listeners.click || []).forEach((l) => l({ type: 'click', target: this }));
		}
	}

	/** Every element below this one (depth first) that matches the test. */
	findAll(test) {
		const found = [];
		const walk = (node) => node.childNodes.forEach((c) => {
			if (c instanceof FakeElement) {
				if (test(c)) {
					found.push(c);
				}
				walk(c);
			}
		});
		walk(this);
		return found;
	}

	byTestId(id) {
		return this.findAll((e) => e.getAttribute('data-testid') === id);
	}

}

export const fakeDocument = {
	createElement: (tag) => new FakeElement(tag),
	createTextNode: (text) => new FakeText(text),
	createDocumentFragment: () => new FakeNode('#fragment')
};

export function installFakeDocument() {
	globalThis.document = fakeDocument;
}
