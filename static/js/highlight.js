// The document reader: select a passage of the text to fill the highlight form (W3C TextQuoteSelector and
// TextPositionSelector). The server checks the quote against the stored text; nothing here is trusted.
(function () {
  "use strict";

  var form = document.querySelector("[data-highlight-form]");
  var container = document.querySelector("[data-document-text], .document-text");
  if (!container) return;

  // The document's own text and <br>s, in order. What the page adds inside it is marked [data-not-text] (an editor's
  // "proposed" label on a sentence) and skipped, with all it holds, so that offsets count the stored text only.
  function textWalker(node) {
    return document.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
      acceptNode: function (current) {
        var added = current.nodeType === Node.ELEMENT_NODE && current.hasAttribute("data-not-text");
        return added ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
  }

  // The reader shows the text as paragraphs (<p>) and line breaks (<br>): count a <br> as the "\n" it stands for,
  // so that offsets match the stored text.
  function rawText(node) {
    var out = "";
    var walker = textWalker(node);
    var current;
    while ((current = walker.nextNode())) {
      if (current.nodeType === Node.TEXT_NODE) out += current.data;
      else if (current.nodeName === "BR") out += "\n";
    }
    return out;
  }

  // A letter or digit of a word (an apostrophe too, as in "Kim's").
  var WORD = /[\p{L}\p{N}\p{M}'’]/u;

  function field(name) {
    return form.querySelector('[data-highlight="' + name + '"]');
  }

  function capture() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return;
    var range = selection.getRangeAt(0);
    if (!container.contains(range.commonAncestorContainer)) return;

    var before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var after = document.createRange();
    after.setStart(range.endContainer, range.endOffset);
    after.setEnd(container, container.childNodes.length);

    var prefix = rawText(before.cloneContents());
    var exact = rawText(range.cloneContents());
    var suffix = rawText(after.cloneContents());
    // A selection made by double- or triple-click often takes the surrounding white space along.
    var lead = exact.length - exact.replace(/^\s+/, "").length;
    var trail = exact.length - exact.replace(/\s+$/, "").length;
    if (lead + trail >= exact.length) return;
    prefix += exact.slice(0, lead);
    suffix = exact.slice(exact.length - trail) + suffix;
    exact = exact.slice(lead, exact.length - trail);
    // A drag begun or ended inside a word takes the whole word: "…bridge their d" is "…bridge their differences".
    while (prefix && WORD.test(prefix.slice(-1)) && WORD.test(exact.charAt(0))) {
      exact = prefix.slice(-1) + exact;
      prefix = prefix.slice(0, -1);
    }
    while (suffix && WORD.test(suffix.charAt(0)) && WORD.test(exact.slice(-1))) {
      exact += suffix.charAt(0);
      suffix = suffix.slice(1);
    }

    form.querySelector("textarea[name$='quote_exact']").value = exact;
    field("prefix").value = prefix.slice(-32);
    field("suffix").value = suffix.slice(0, 32);
    field("start").value = String(prefix.length);
    field("end").value = String(prefix.length + exact.length);
    form.classList.add("has-selection");
    showAction(range);
  }

  // Mark the stored highlights in the text (their offsets index the stored text, as rawText counts it). The text
  // already holds links (event sentences), so a mark is not a link itself. A highlight needing review has no
  // trustworthy place and is not marked.
  function markStored() {
    var notes = document.querySelectorAll("[data-highlight-start]");
    Array.prototype.forEach.call(notes, function (note) {
      var start = parseInt(note.getAttribute("data-highlight-start"), 10);
      var end = parseInt(note.getAttribute("data-highlight-end"), 10);
      if (isNaN(start) || isNaN(end) || end <= start || note.hasAttribute("data-needs-review")) return;
      var offset = 0;
      var walker = textWalker(container);
      var pieces = [];
      var current;
      while ((current = walker.nextNode())) {
        if (current.nodeType === Node.ELEMENT_NODE) {
          if (current.nodeName === "BR") offset += 1;
          continue;
        }
        var from = Math.max(start, offset), to = Math.min(end, offset + current.data.length);
        if (from < to) pieces.push([current, from - offset, to - offset]);
        offset += current.data.length;
        if (offset >= end) break;
      }
      pieces.forEach(function (piece) {
        var range = document.createRange();
        range.setStart(piece[0], piece[1]);
        range.setEnd(piece[0], piece[2]);
        var mark = document.createElement("mark");
        mark.className = "highlight-mark";
        mark.setAttribute("data-note", note.id);
        range.surroundContents(mark);
      });
    });
  }
  markStored();
  if (!form) return;

  // The form is at the page's foot, often a screen or more below the passage: a button just under the selection
  // leads there. It follows the text in the page's order, so the keyboard reaches it before the form.
  var action = document.createElement("button");
  action.type = "button";
  action.className = "button highlight-action";
  action.textContent = "Highlight this passage";
  action.hidden = true;
  container.after(action);
  // Pressed with the mouse, it must not end the selection it acts on.
  action.addEventListener("mousedown", function (event) { event.preventDefault(); });
  action.addEventListener("click", function () {
    action.hidden = true;
    var note = form.querySelector("textarea[name$='body']");
    note.scrollIntoView({ block: "center" });
    note.focus({ preventScroll: true });
  });

  function showAction(range) {
    var rects = range.getClientRects();
    var last = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
    action.hidden = false;
    var origin = (action.offsetParent || document.body).getBoundingClientRect();
    var left = Math.min(last.right, container.getBoundingClientRect().right) - action.offsetWidth;
    action.style.left = Math.max(0, left - origin.left) + "px";
    action.style.top = (last.bottom - origin.top + 6) + "px";
  }

  document.addEventListener("selectionchange", function () {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed) action.hidden = true;
  });

  // A drag that selects words inside a sentence ends with a click on its link: that click selected, it did not ask
  // to go to the event. A plain click (no selection) still follows the link, as does Enter.
  // (event.detail: the mouse's clicks; Enter on the link gives 0.)
  container.addEventListener("click", function (event) {
    var selection = window.getSelection();
    if (event.detail && selection && !selection.isCollapsed && event.target.closest("a")) event.preventDefault();
  });

  container.addEventListener("mouseup", capture);
  container.addEventListener("keyup", capture);
  form.querySelector("textarea[name$='quote_exact']").addEventListener("input", function () {
    // Typed by hand (or without a selection): let the server find the passage from the words alone.
    field("start").value = "";
    field("end").value = "";
  });
})();
