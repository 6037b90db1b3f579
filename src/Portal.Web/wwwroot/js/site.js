// The category menu on small screens. Without JavaScript the navigation simply stays open.
(function () {
  "use strict";
  var nav = document.getElementById("category-nav");
  var toggle = document.getElementById("menu-toggle");
  if (!nav || !toggle) {
    return;
  }
  document.documentElement.classList.add("js");
  toggle.hidden = false;

  function setOpen(open) {
    nav.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }

  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && nav.classList.contains("open")) {
      setOpen(false);
      toggle.focus();
    }
  });
})();
