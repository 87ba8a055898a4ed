// The review queue and the event form: keyboard moves through the queue, and htmx shows refused saves.
// Loaded with `defer` on the editors' pages; no inline script, so the strict CSP holds.
(function () {
  "use strict";

  // A save refused because of a conflict (409) or invalid input (422) comes back with the form to show:
  // htmx leaves 4xx responses unswapped unless told otherwise.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (status === 409 || status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // A queue item swapped in place keeps the keyboard's place: focus would otherwise fall back to the page, and j/k
  // would start again from the top. After a decision (publish, reject, merge) the keyboard goes on to the next event
  // still waiting, so that p or r pressed again acts on it rather than on the one just decided, which has no controls
  // left; with none waiting, it lands on the count, so a screen reader says what is left.
  document.addEventListener("htmx:afterSettle", function (event) {
    var swapped = event.detail.target;
    var item = swapped && swapped.id && document.getElementById(swapped.id);  // an outerHTML swap put a new one there
    if (!item || !item.matches("[data-queue-item]")) return;
    // htmx gives the new item the focus the old one had (same id): that is still the item's place to move on from.
    var focused = document.activeElement;
    if (focused && focused !== document.body && focused !== item) return;
    var elt = event.detail.requestConfig && event.detail.requestConfig.elt;
    var decided = elt && elt.closest && elt.closest("[data-queue-decision]") && !waiting(item);
    var next = decided ? nextWaiting(item) || document.querySelector(".queue-count") : item;
    if (!next) return;
    if (!next.hasAttribute("tabindex")) next.setAttribute("tabindex", "-1");  // the count: focusable by script only
    next.focus();
    next.scrollIntoView({ block: "nearest" });
  });

  function waiting(item) {
    return Boolean(item.querySelector('[data-key="p"]'));
  }

  // The first item after ``item`` that still waits for a decision, else the nearest one before it.
  function nextWaiting(item) {
    var all = items();
    var at = all.indexOf(item);
    var after = all.slice(at + 1).filter(waiting);
    var before = all.slice(0, at).filter(waiting);
    return after[0] || before[before.length - 1] || null;
  }

  // A save refused for what was typed (422) comes back as the form with its errors: take the keyboard, and a screen
  // reader, to the first field in error, which may be a screen or more below the Save button's place on a phone.
  document.addEventListener("htmx:afterSettle", function (event) {
    if (!event.detail.xhr || event.detail.xhr.status !== 422) return;
    var swapped = event.detail.target;
    var form = swapped && swapped.id ? document.getElementById(swapped.id) : null;
    var invalid = form && form.querySelector('[aria-invalid="true"]');
    if (invalid) invalid.focus();
  });

  // Each refresh of the queue (every 3 s while an upload is extracted, or a filter changed) rewrites the words of
  // its live region, #queue-status, out of band. Rewritten with the same words, a screen reader could read them out
  // again on every refresh: leave the region alone unless what it says has changed. (The filters' notices,
  // #filter-notices, are notices.js's: it adds only the lines that are new.)
  document.addEventListener("htmx:oobBeforeSwap", function (event) {
    var region = event.detail.target;
    if (!region || region.id !== "queue-status") return;
    var words = function (node) { return node.textContent.replace(/\s+/g, " ").trim(); };
    // What a bulk decision did is news even in the same words as the last one ("Published 2 events."); the next
    // refresh drops it without a word (a line removed is not read out), and says again only what has changed.
    if (event.detail.fragment.querySelector("[data-result]")) return;
    region.querySelectorAll("[data-result]").forEach(function (line) { line.remove(); });
    if (words(region) === words(event.detail.fragment)) event.detail.shouldSwap = false;
  });

  // A bulk decision (the bulk form's buttons, or p or r with events ticked) swaps the whole queue: the events decided
  // leave it. The keyboard stays on the event it was on if that one still waits, else goes on to the next one still
  // there (then the nearest before it); pressed from elsewhere (a button), it lands on the count of what is left.
  var bulkFrom = null;  // the ids of the items, from the one in focus on, then those before it, nearest first

  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt.id !== "bulk-form") return;
    var all = items();
    var current = document.activeElement && document.activeElement.closest("[data-queue-item]");
    var at = current ? all.indexOf(current) : -1;
    var order = at < 0 ? [] : all.slice(at).concat(all.slice(0, at).reverse());
    bulkFrom = order.map(function (item) { return item.id; });
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.elt.id === "bulk-form" && !event.detail.successful) bulkFrom = null;
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    if (bulkFrom === null || !event.detail.target || event.detail.target.id !== "review-queue") return;
    var next = bulkFrom.map(function (id) { return document.getElementById(id); }).filter(function (item) {
      return item && waiting(item);
    })[0] || document.querySelector(".queue-count");
    bulkFrom = null;
    if (!next) return;
    if (!next.hasAttribute("tabindex")) next.setAttribute("tabindex", "-1");  // the count: focusable by script only
    next.focus();
    next.scrollIntoView({ block: "nearest" });
  });

  // The in-place edit form (the item's Edit, hx-swap="innerHTML") takes the place of what the item showed. Keep those
  // nodes themselves, not their HTML, and the form's values as it opened. Keyed by the item: a save swaps in a new one.
  var shown = new WeakMap();
  var restoring = new WeakSet();  // Cancel or Esc pressed, the item's current rendering asked for

  function editControl(event) {
    var elt = event.detail.requestConfig ? event.detail.requestConfig.elt : event.detail.elt;
    return Boolean(elt && elt.matches && elt.matches('[data-key="e"]'));
  }

  function formValues(form) {
    return new URLSearchParams(new FormData(form)).toString();
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    var item = event.detail.target;
    if (!event.detail.shouldSwap || !item || !item.matches("[data-queue-item]") || !editControl(event)) return;
    if (shown.has(item)) return;  // a second Edit's answer: what the item showed is the first one's
    var kept = document.createDocumentFragment();
    while (item.firstChild) kept.appendChild(item.firstChild);
    shown.set(item, { nodes: kept, values: null });
  });

  // Opened from the keyboard (e) or the mouse, the form is there to be typed in: start in its first field. What it
  // holds now is what Cancel compares with; a refused save or a date preview re-renders it with the typed values.
  document.addEventListener("htmx:afterSettle", function (event) {
    var item = event.detail.target;
    if (!item || !item.matches || !item.matches("[data-queue-item]") || !editControl(event)) return;
    var field = item.querySelector("form input:not([type=hidden]), form textarea, form select");
    if (field) field.focus();
    var opened = shown.get(item);
    var form = item.querySelector("[data-in-place-cancel]");
    form = form && form.closest("form");
    if (opened && form && opened.values === null) {
      caretAtEnd(field);
      opened.values = formValues(form);
    }
  });

  // On opening, the caret goes after what the first box holds: a correction mostly adds to the title ("... in
  // Hanoi"), and typing at the start would put the words before it. Only while the box is untouched (its own text,
  // caret at the start): anything else is the editor's (or a test's) typing or selection, already under way.
  // (a date or number box has no caret to move: setSelectionRange throws there)
  function caretAtEnd(field) {
    if (!field || !(field.tagName === "TEXTAREA" || field.type === "text")) return;
    if (field.value !== field.defaultValue || field.selectionStart !== 0 || field.selectionEnd !== 0) return;
    field.setSelectionRange(field.value.length, field.value.length);
  }

  // Cancel and Esc put the item back as the server renders it now, as another editor may have saved the event while
  // the form was open; the nodes kept are for when that cannot be had. Nothing typed is saved, so ask before losing
  // it. Returns whether the key or click was dealt with here (the form kept, or the item on its way back).
  function cancelInPlace(item) {
    var opened = shown.get(item);
    var cancel = item.querySelector("[data-in-place-cancel]");
    if (!opened || !cancel) return false;
    if (restoring.has(item)) return true;
    var form = cancel.closest("form");
    var typed = form && opened.values !== null && formValues(form) !== opened.values;
    if (typed && !window.confirm("Discard your changes to this event?")) return true;
    restoring.add(item);
    var url = cancel.getAttribute("data-in-place-cancel");
    var current = url ? fetch(url, { headers: { "HX-Request": "true" } }) : Promise.reject(new Error("no address"));
    current
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      })
      .then(function (html) { putBack(item, opened, html); }, function () { putBack(item, opened, ""); });
    return true;
  }

  function putBack(item, opened, html) {
    shown.delete(item);
    restoring.delete(item);
    if (!item.isConnected) return;  // saved meanwhile: the save's answer has taken the item's place
    var parsed = document.createElement("template");
    parsed.innerHTML = html;
    var fresh = parsed.content.getElementById(item.id);
    if (!fresh) {
      item.replaceChildren(opened.nodes);
      item.focus();  // back on the item, so j/k/e go on from there
      return;
    }
    // A box ticked before the form opened stays ticked: the editor's selection is theirs, not the server's.
    var ticked = opened.nodes.querySelector('input[name="events"]');
    var box = fresh.querySelector('input[name="events"]');
    if (ticked && box) box.checked = ticked.checked;
    // The rest of the answer is out of band: the queue's count, which another editor may have changed. htmx
    // swaps those parts as for its own requests; "none" leaves the item, swapped in here, to this function.
    window.htmx.swap(fresh, html, { swapStyle: "none" });
    item.replaceWith(fresh);
    window.htmx.process(fresh);
    fresh.focus();
  }

  document.addEventListener("click", function (event) {
    var cancel = event.target.closest && event.target.closest("[data-in-place-cancel]");
    var item = cancel && cancel.closest("[data-queue-item]");
    if (item && cancelInPlace(item)) event.preventDefault();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    var item = event.target.closest && event.target.closest("[data-queue-item]");
    if (item && cancelInPlace(item)) event.preventDefault();
  });

  // The queue's keyboard hint is rendered hidden: the keys it names work only with this script, so it shows them.
  var keysHint = document.getElementById("queue-keys-hint");
  if (keysHint) keysHint.hidden = false;

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-queue-item]"));
  }

  function move(step) {
    var all = items();
    if (!all.length) return;
    var current = document.activeElement && document.activeElement.closest("[data-queue-item]");
    var index = current ? all.indexOf(current) + step : 0;
    index = Math.max(0, Math.min(all.length - 1, index));
    all[index].focus();
    all[index].scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    // A selection box ticked with the mouse keeps the focus: the keys still work from it, as from its item.
    if (target.closest("input, textarea, select, [contenteditable]") && !target.matches('[data-key="x"]')) return;
    if (!document.querySelector("[data-keyboard-queue]")) return;
    var key = event.key.toLowerCase();
    if (key === "j") { move(1); event.preventDefault(); return; }
    if (key === "k") { move(-1); event.preventDefault(); return; }
    // With events ticked, p and r decide for all of them, as a mail client's keys act on the selection: an editor
    // who ticked five and pressed p means those five, not the one in focus. The bulk form's own button sends them
    // (review.review_bulk, a plain post without JavaScript).
    var bulk = document.querySelector('[data-bulk-key="' + key + '"]');
    if (bulk && document.querySelector('input[name="events"][form="bulk-form"]:checked')) {
      event.preventDefault();
      bulk.click();
      return;
    }
    var current = document.activeElement && document.activeElement.closest("[data-queue-item]");
    if (!current) return;
    var control = current.querySelector('[data-key="' + key + '"]');
    if (control) {
      event.preventDefault();
      control.click();
    }
  });

})();
