// The timeline page's one script: keep keyboard focus somewhere sensible after htmx swaps content.
// Everything works without it (and without htmx): links and the form fall back to full page loads.
(function () {
  "use strict";
  // On a phone the open filter panel would fill the first screen: start it closed (its summary says if any is on).
  document.addEventListener("DOMContentLoaded", function () {
    var panel = document.querySelector(".filters-panel");
    if (panel && window.matchMedia("(max-width: 48rem)").matches) {
      panel.removeAttribute("open");
    }
  });
  document.addEventListener("htmx:afterSettle", function () {
    // "Show more": move to the first new heading or list, so the next Tab continues with the new events.
    var fresh = document.querySelector("[data-focus-first]");
    if (fresh) {
      fresh.removeAttribute("data-focus-first");
      fresh.focus();
      return;
    }
    // A chart bar or a link inside the results was replaced with the content it asked for: go to the results.
    if (!document.activeElement || document.activeElement === document.body) {
      var results = document.getElementById("results");
      if (results) {
        results.setAttribute("tabindex", "-1");
        results.focus();
      }
    }
  });
})();
