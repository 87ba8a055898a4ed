// Forms marked [data-warn-unsaved] (the share form, the event form and its page's note box) ask before the page is
// left with what was typed in them not saved. Only the browser's own "Leave site?" prompt can stop a page being
// left: its wording is the browser's, whatever is set here.
(function () {
  "use strict";
  // A field differs from what the page was sent with (each field's default*), or the form is one shown again after a
  // refused save or a preview (data-unsaved): what it holds was typed and is not saved.
  function unsaved(form) {
    if (form.hasAttribute("data-unsaved")) { return true; }
    return Array.prototype.some.call(form.elements, function (field) {
      if (field.type === "checkbox" || field.type === "radio") { return field.checked !== field.defaultChecked; }
      if (field.tagName === "SELECT") {
        return Array.prototype.some.call(field.options, function (o) { return o.selected !== o.defaultSelected; });
      }
      return (field.tagName === "TEXTAREA" || field.tagName === "INPUT") && field.type !== "hidden" &&
        field.value !== field.defaultValue;
    });
  }
  // Saving a form leaves the page too, and must not ask about that form: saving is what was wanted done with it. The
  // page's other forms still count. Sent with htmx, a form that stays (its save refused, or a preview) is replaced by
  // the form the server sends back, which is then the one looked at.
  var submitted = null;
  document.addEventListener("submit", function (event) {
    if (event.target.matches("form[data-warn-unsaved]")) { submitted = event.target; }
  });
  // An htmx request that fails (no answer, or an error answer) swaps nothing: the form sent is still the one on the page, still not saved.
  document.addEventListener("htmx:sendError", function () { submitted = null; });
  document.addEventListener("htmx:responseError", function () { submitted = null; });
  window.addEventListener("beforeunload", function (event) {
    var forms = Array.prototype.slice.call(document.querySelectorAll("form[data-warn-unsaved]"));
    if (!forms.some(function (form) { return form !== submitted && unsaved(form); })) { return; }
    event.preventDefault();
    event.returnValue = "";
  });
})();
