// The receipt's "print" button: shown only when this script runs (it is hidden in the page),
// since printing needs window.print; without the script the hint beside it still says how.
(function () {
  "use strict";
  var button = document.querySelector("[data-print-receipt]");
  if (!button || typeof window.print !== "function") return;
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();
