// Suggested articles in the ticket view: "Insert" puts the whole article, or one paragraph, into the
// reply box at the caret, as the server gives it (the published text, in the customer's language).
// The panel is reloaded by htmx with this script in it: the listener is added once per page.
(function () {
  'use strict';
  if (window.yordamArticles) return;
  window.yordamArticles = true;

  function toast(text, kind) { if (window.Yordam) Yordam.toast(text, kind); }

  // Puts the text at the caret (or over the selection), a blank line apart from what is around it.
  function put(input, text) {
    const start = input.selectionStart, end = input.selectionEnd;
    const before = input.value.slice(0, start), after = input.value.slice(end);
    const lead = before === '' || /\n\n$/.test(before) ? '' : (/\n$/.test(before) ? '\n' : '\n\n');
    const tail = after === '' || /^\n/.test(after) ? '' : '\n\n';
    input.value = before + lead + text + tail + after;
    const caret = (before + lead + text).length;
    input.focus();
    input.setSelectionRange(caret, caret);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  document.addEventListener('click', (e) => {
    const button = e.target.closest('[data-article-insert]');
    const panel = button && button.closest('#articles');
    if (!panel) return;
    const input = document.querySelector('[data-testid="reply-input"]');
    if (!input || input.disabled) return;
    const paragraph = button.dataset.paragraph;
    const url = '/agent/tickets/' + encodeURIComponent(panel.dataset.ticketId) + '/articles/'
      + encodeURIComponent(button.dataset.articleInsert) + '/text' + (paragraph ? '?paragraph=' + encodeURIComponent(paragraph) : '');
    button.disabled = true;
    fetch(url, { headers: { 'Accept': 'application/json' } })
      .then((r) => r.ok ? r.json() : Promise.reject(r))
      .then((inserted) => put(input, inserted.text))
      .catch(() => toast(panel.dataset.labelFailed))
      .finally(() => { button.disabled = false; });
  });
})();
