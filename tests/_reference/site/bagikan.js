/* "Bagikan": the "copy link" button of an article page. Without JavaScript (or without the
   clipboard) the button stays hidden and the address under it is copied by hand. */
(function () {
  "use strict";
  var button = document.querySelector(".share-copy");
  if (!button || !navigator.clipboard) return;
  button.parentNode.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(button.getAttribute("data-url")).then(function () {
      button.textContent = button.getAttribute("data-done");
    });
  });
})();
