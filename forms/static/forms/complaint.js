// Progressive enhancement for the complaint form: show the call-110 notice as soon as the
// description holds one of the phrases the page lists (forms/emergency.py, CLIENT_HINTS), each
// of which the server flags too. The server judges the whole description after sending and
// shows the same notice then, so the page works the same without this script.
(function () {
  "use strict";
  var form = document.querySelector("form[data-emergency-words]");
  var notice = document.getElementById("pemberitahuan-darurat");
  if (!form || !notice) return;
  var words = form.getAttribute("data-emergency-words").split("|");
  var description = form.querySelector("[name=description]");
  if (!description) return;
  function check() {
    var text = description.value.toLowerCase();
    var found = words.some(function (word) { return word && text.indexOf(word) !== -1; });
    if (found) notice.hidden = false;
  }
  description.addEventListener("input", check);
  check();
})();
