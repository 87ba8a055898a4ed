// A note sent once the session has run out is refused: the window goes to the sign-in page and, signed in, back to
// the page the note was typed on (permissions._to_sign_in), where the text typed would be gone. What a form marked
// [data-keep-unsent] sends is kept in this tab's sessionStorage (never in a URL, never on the server) for the next
// page only: the sign-in page is the refusal, and keeps it; the page it was typed on, signed in again as the same
// person, puts it back in its box; any other page drops it (the note was saved, or the user went elsewhere).
(function () {
  "use strict";
  var KEY = "unsent-note";
  function here() { return location.pathname + location.search; }
  function signedInAs() {
    var account = document.querySelector("[data-signed-in-as]");
    return account ? account.getAttribute("data-signed-in-as") : "";
  }
  // Storage may be refused (a strict privacy mode): the note is then lost as before, and the page still works.
  function keep(kept) {
    try {
      if (kept) { sessionStorage.setItem(KEY, JSON.stringify(kept)); } else { sessionStorage.removeItem(KEY); }
    } catch (e) { /* nothing kept */ }
  }
  function kept() {
    try { return JSON.parse(sessionStorage.getItem(KEY)); } catch (e) { return null; }
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var box = form.querySelector("textarea[id]");
    if (event.defaultPrevented || !form.matches("form[data-keep-unsent]") || !box) { return; }
    var fields = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      // The CSRF token changes as the user signs in: the page's own must stay.
      if (!field.name || field.name === "csrfmiddlewaretoken" || field.type === "submit") { return; }
      var ticked = field.type === "radio" || field.type === "checkbox";
      if (!ticked || field.checked) { fields.push({name: field.name, value: field.value, ticked: ticked}); }
    });
    keep({page: here(), user: signedInAs(), box: box.id, action: form.getAttribute("action"), fields: fields,
          refused: false});
  });
  function restore(note) {
    var box = document.getElementById(note.box);
    var form = box && box.form;
    if (!form || !form.matches("form[data-keep-unsent]") || form.getAttribute("action") !== note.action) { return; }
    // A box the server filled again (a note refused for another reason) holds the newer text: left as it is.
    if (box.value.trim()) { return; }
    note.fields.forEach(function (saved) {
      form.querySelectorAll('[name="' + CSS.escape(saved.name) + '"]').forEach(function (field) {
        if (field.type === "submit" || field.type === "button") { return; }
        if (saved.ticked) {
          if (field.value === saved.value) { field.checked = true; }
        } else {
          field.value = saved.value;
        }
      });
    });
    var said = document.createElement("p");
    said.className = "notice";
    said.setAttribute("role", "status");
    said.textContent = "Your unsent note was restored. Send it again to save it.";
    form.insertBefore(said, form.firstChild);
    // A reply's box is folded away under its note.
    for (var fold = form.closest("details"); fold; fold = fold.parentElement.closest("details")) { fold.open = true; }
    box.focus();
  }
  document.addEventListener("DOMContentLoaded", function () {
    var note = kept();
    if (!note) { return; }
    if (document.querySelector("form[data-sign-in]")) {
      note.refused = true;
      keep(note);
      return;
    }
    keep(null);
    if (note.refused && note.page === here() && note.user && note.user === signedInAs()) { restore(note); }
  });
})();
