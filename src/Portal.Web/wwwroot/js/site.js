// The category menu on small screens. Without JavaScript the navigation simply stays open.
// Loaded in the head, without defer, so the "js" class is set before the first paint: the menu starts folded
// instead of folding after the page is drawn (no layout shift). The file is tiny and cached for a year.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function wire() {
    var nav = document.getElementById("category-nav");
    var toggle = document.getElementById("menu-toggle");
    if (!nav || !toggle) {
      return;
    }
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
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wire);
  } else {
    wire();
  }
})();
