// What the filter forms share, on the timeline, a share's page and its embed, and the review queue: their notices (a
// date not understood, an unknown actor, a confidence that is not a number), and Enter in one of their text boxes.
// Loaded with `defer`; no inline script, so the strict CSP holds. Without it (or without htmx) every page still shows
// its notices and marks its boxes as the server renders them, and Enter submits the form as a plain GET.
(function () {
  "use strict";
  // Enter in a text box of a filter form (a timeline's date box, the queue's confidence) first commits what was typed
  // ("change", which sends the form) and then submits the form, which sends it again: the second request cuts the
  // first short, which htmx logs as an error. Keep the submission, which Enter sends even when nothing changed;
  // both events come while the key is handled, so the box is only remembered until then. Leaving a box still filters.
  var FILTER_BOXES = "form#filters input[type=text], form#queue-filters input[type=text]";
  var enterInBox = null;
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches && event.target.matches(FILTER_BOXES)) {
      enterInBox = event.target;
      setTimeout(function () { enterInBox = null; }, 0);
    }
  }, true);
  document.addEventListener("change", function (event) {
    if (event.target === enterInBox) event.stopPropagation();
  }, true);
  // The notices are a live region, #filter-notices, in place outside what htmx swaps; each response rewrites it out of
  // band. Rewritten whole, it would have every notice still there read out again (the bad date, at each change of
  // another filter, or at each 3 s poll of the queue): keep the lines still said, drop the others, and add only the
  // new ones, in their places, so a screen reader reads each notice once, when it appears.
  function words(node) {
    return node.textContent.replace(/\s+/g, " ").trim();
  }
  function key(item) {
    return item.id + "\n" + words(item);
  }
  // A line kept may link elsewhere now (a name read in the search offers its actor's filter with the other filters,
  // which may have changed): its links take the new addresses, which a screen reader does not read out again.
  function keepLinks(kept, fresh) {
    var links = fresh.querySelectorAll("a[href]");
    kept.querySelectorAll("a[href]").forEach(function (link, n) {
      if (links[n]) link.setAttribute("href", links[n].getAttribute("href"));
    });
  }
  document.addEventListener("htmx:oobBeforeSwap", function (event) {
    var region = event.detail.target;
    if (!region || region.id !== "filter-notices") return;
    event.detail.shouldSwap = false;
    var list = region.querySelector("ul");
    var fresh = event.detail.fragment.querySelector("ul");
    if (!list || !fresh) {
      if (list) list.remove();
      if (fresh) region.appendChild(fresh);
      return;
    }
    var wanted = Array.prototype.map.call(fresh.children, key);
    Array.prototype.slice.call(list.children).forEach(function (item) {
      if (wanted.indexOf(key(item)) < 0) item.remove();
    });
    var place = list.firstElementChild;
    Array.prototype.slice.call(fresh.children).forEach(function (item) {
      if (place && key(place) === key(item)) {
        keepLinks(place, item);
        place = place.nextElementSibling;
      } else {
        list.insertBefore(item, place);
      }
    });
    while (place) {  // a line kept but now out of order (not expected): it was added again in its new place
      var next = place.nextElementSibling;
      place.remove();
      place = next;
    }
  });
  // A box whose value was not used keeps it, marked invalid and described by its notice; the server says so when it
  // renders the form. Typing a search swaps the timeline's results without the form, a share's embed and the review
  // queue never swap theirs: there the notice, out of band, tells. Mark each field after its notice (data-notice: its
  // id), whether it is on the page or not.
  function markBoxes() {
    document.querySelectorAll("[data-notice]").forEach(function (box) {
      var id = box.getAttribute("data-notice");
      var described = (box.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (token) {
        return token && token !== id;
      });
      if (document.getElementById(id)) {
        box.setAttribute("aria-invalid", "true");
        described.unshift(id);
      } else {
        box.removeAttribute("aria-invalid");
      }
      if (described.length) {
        box.setAttribute("aria-describedby", described.join(" "));
      } else {
        box.removeAttribute("aria-describedby");
      }
    });
  }
  document.addEventListener("htmx:afterSettle", markBoxes);
})();
