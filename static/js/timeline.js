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
  // The filters' notices (a date not understood, an unknown actor) are a live region, #filter-notices, in place outside
  // what htmx swaps; each response rewrites it out of band. Rewritten whole, it would have every notice still there
  // read out again (the bad date, at each change of another filter): keep the lines still said, drop the others, and
  // add only the new ones, in their places, so a screen reader reads each notice once, when it appears.
  function words(node) {
    return node.textContent.replace(/\s+/g, " ").trim();
  }
  function key(item) {
    return item.id + "\n" + words(item);
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
  // A date box whose value was not understood keeps it, marked invalid and described by its notice; the server says so
  // when it renders the form. Typing a search swaps the results without the form, and a share's embed never swaps its
  // form: there the notice, out of band, tells. Mark each box after its notice, whether it is on the page or not.
  function markDateBoxes() {
    document.querySelectorAll("form#filters input[data-notice]").forEach(function (box) {
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
  document.addEventListener("htmx:afterSettle", function () {
    markDateBoxes();
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
