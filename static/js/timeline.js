// The timeline's script (on the timeline, a share's page and its embed): the filter form with htmx, and keyboard focus.
// Everything works without it (and without htmx): links and the form fall back to full page loads.
(function () {
  "use strict";
  // On a phone the open filter panel would fill the first screen: start it closed (its summary says if any is on),
  // unless a box in it holds a date not understood, to be corrected there.
  document.addEventListener("DOMContentLoaded", function () {
    var panel = document.querySelector(".filters-panel");
    if (panel && !panel.querySelector('[aria-invalid="true"]') && window.matchMedia("(max-width: 48rem)").matches) {
      panel.removeAttribute("open");
    }
  });
  function isSearchBox(element) {
    return Boolean(element && element.matches && element.matches("form#filters input[type=search]"));
  }
  // The search box sends itself as it is typed in (its own hx-trigger). Leaving it fires "change", which would send
  // the whole form again with nothing new: a second request that replaces the form and adds a history entry for the
  // same URL (Back then seems to do nothing), or, when leaving it is a click on a filter, a request cut short.
  document.addEventListener("change", function (event) {
    if (isSearchBox(event.target)) {
      event.stopPropagation();
    }
  }, true);
  // Enter in the search box fires its "search" event, which sends it, and also submits the form, which would send
  // it again, each request cutting the other short. Where the browser has that event, the box's own request suffices.
  // (Enter in a date box, which would send the form twice as well, is notices.js's, which every filter form loads.)
  var enterInSearch = false;
  document.addEventListener("keydown", function (event) {
    enterInSearch = event.key === "Enter" && isSearchBox(event.target) && "onsearch" in event.target;
  }, true);
  document.addEventListener("submit", function (event) {
    if (enterInSearch && window.htmx) {
      event.preventDefault();
      event.stopPropagation();
    }
    enterInSearch = false;
  }, true);
  // htmx keeps a copy of the page's HTML for the back button, taken as the next filter is sent. HTML holds what the
  // server sent, not what was typed since: typing swaps only the results, so the copy's search box would come back
  // empty beside a searched list (and the next filter would drop the search). Once a response is in, the fields
  // hold what the new URL says: write them into the HTML. (Not later: by the next copy, a tick may be newer than it.)
  function recordFields() {
    document.querySelectorAll("form#filters input, form#filters option").forEach(function (field) {
      if (field.tagName === "OPTION") {
        field.toggleAttribute("selected", field.selected);
      } else if (field.type === "checkbox" || field.type === "radio") {
        field.toggleAttribute("checked", field.checked);
      } else {
        field.setAttribute("value", field.value);
      }
    });
  }
  // Leaving a box (a date, say) sends the filters, and the answer replaces the whole form. If it arrives once the
  // next box is being typed in, htmx puts the caret back in that box but with the answer's (older) value: the first
  // letters typed would be lost ("June 2019" kept as "une 2019"). The box typed in since the request left keeps
  // what it holds; the rest of the form is the answer's.
  var TYPING_BOXES = "form#filters input[type=text], form#filters input[type=search]";
  var sentValues = new WeakMap();  // per request: each box's value as it was sent
  var typedSince = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    var values = {};
    document.querySelectorAll(TYPING_BOXES).forEach(function (box) {
      values[box.id] = box.value;
    });
    sentValues.set(event.detail.xhr, values);
  });
  document.addEventListener("htmx:beforeSwap", function (event) {
    var box = document.activeElement;
    var sent = sentValues.get(event.detail.xhr);
    typedSince = null;
    if (sent && box && box.id && box.matches(TYPING_BOXES) && box.id in sent && box.value !== sent[box.id]) {
      typedSince = {id: box.id, value: box.value, start: box.selectionStart, end: box.selectionEnd};
    }
  });
  document.addEventListener("htmx:afterSwap", function () {
    var typed = typedSince;
    typedSince = null;
    var box = typed && document.getElementById(typed.id);
    if (box && box.value !== typed.value) {
      box.value = typed.value;
      box.setSelectionRange(typed.start, typed.end);
      sendOnLeaving(box);
    }
  });
  // A fold of the filters the reader opened ("More actors", "Event types") stays open when the answer replaces the
  // form, as after a tick in it: ticking several actors would otherwise mean opening "More actors" after each one.
  // (Only ever opened here: the server opens "Event types" itself while a type in it is chosen, to show the tick.)
  var openFolds = [];
  document.addEventListener("htmx:beforeSwap", function () {
    openFolds = Array.prototype.map.call(document.querySelectorAll("form#filters details[id][open]"), function (fold) {
      return fold.id;
    });
  });
  document.addEventListener("htmx:afterSwap", function () {
    openFolds.forEach(function (id) {
      var fold = document.getElementById(id);
      if (fold) fold.open = true;
    });
    openFolds = [];
  });
  // A value set by script is not one the browser reports a "change" for when the box is left, as it would have for
  // the letters typed: unless typing goes on (and the browser reports it), leaving the box reports it here, so it
  // still filters. (Enter submits the form either way; a box removed by the next answer has nothing left to send.)
  function sendOnLeaving(box) {
    var reported = false;
    function onChange() { reported = true; }
    box.addEventListener("change", onChange);
    box.addEventListener("blur", function () {
      box.removeEventListener("change", onChange);
      if (!reported && box.isConnected) box.dispatchEvent(new Event("change", {bubbles: true}));
    }, {once: true});
  }
  // (The filters' notices, and the boxes they mark, are notices.js's.)
  document.addEventListener("htmx:afterSettle", function () {
    recordFields();
    // "Show more": move to the first new heading or list, so the next Tab continues with the new events.
    var fresh = document.querySelector("[data-focus-first]");
    if (fresh) {
      fresh.removeAttribute("data-focus-first");
      fresh.focus();
      return;
    }
    // A chart bar or a link inside the results was replaced with the content it asked for, or "Apply filters" with
    // the whole form: go to the results. Focusing a list taller than the screen scrolls it by its nearest edge (after
    // "Apply filters", to its end, fifty events down): show its start instead, unless that is on screen already.
    if (!document.activeElement || document.activeElement === document.body) {
      var results = document.getElementById("results");
      if (results) {
        results.setAttribute("tabindex", "-1");
        results.focus({preventScroll: true});
        var top = results.getBoundingClientRect().top;
        if (top < 0 || top > window.innerHeight * 0.75) {
          results.scrollIntoView({block: "start"});
        }
      }
    }
  });
})();
