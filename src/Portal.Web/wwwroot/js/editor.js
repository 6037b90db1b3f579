// The article editor's writing tools: the Markdown toolbar and its shortcuts, the live preview, the photo dialog,
// the autosave and the leave warning. Loaded on the edit page only; without it the plain form works as it always has.
(function () {
  "use strict";

  var form = document.querySelector("[data-editor-form]");
  var area = document.getElementById("Input_BodyMarkdown");
  if (!form || !area) {
    return;
  }
  var token = form.querySelector("input[name=__RequestVerificationToken]");
  var base = window.location.pathname;
  function handler(name) {
    return base + "?handler=" + name;
  }

  // ---- Writing at the cursor: execCommand keeps the browser's undo; setRangeText where it is gone.
  function replaceSelection(text, selectFrom, selectTo) {
    var start = area.selectionStart;
    area.focus();
    var done = false;
    try {
      done = typeof document.execCommand === "function" && document.execCommand("insertText", false, text);
    } catch (e) {
      done = false;
    }
    if (!done) {
      area.setRangeText(text, area.selectionStart, area.selectionEnd, "end");
      area.dispatchEvent(new Event("input", { bubbles: true }));
    }
    if (typeof selectFrom === "number") {
      area.setSelectionRange(start + selectFrom, start + selectTo);
    }
  }

  function selected() {
    return area.value.slice(area.selectionStart, area.selectionEnd);
  }

  function wrap(marker, placeholder) {
    var text = selected() || placeholder;
    replaceSelection(marker + text + marker, marker.length, marker.length + text.length);
  }

  // Lists, quotes and headings: every selected line gets its prefix.
  function prefixLines(prefixOf, placeholder) {
    var value = area.value;
    var start = value.lastIndexOf("\n", area.selectionStart - 1) + 1;
    var selectionEnd = area.selectionEnd;
    if (selectionEnd > area.selectionStart && value[selectionEnd - 1] === "\n") {
      selectionEnd--;
    }
    var end = value.indexOf("\n", selectionEnd);
    if (end < 0) {
      end = value.length;
    }
    area.setSelectionRange(start, end);
    var lines = value.slice(start, end).split("\n");
    if (lines.length === 1 && lines[0].trim() === "") {
      var prefix = prefixOf(0);
      replaceSelection(prefix + placeholder, prefix.length, prefix.length + placeholder.length);
      return;
    }
    var text = lines.map(function (line, i) { return prefixOf(i) + line; }).join("\n");
    replaceSelection(text, text.length, text.length);
  }

  // A block (a photo, a table, an attachment) goes on its own line, with a blank line around it.
  function insertBlock(block) {
    var before = area.value.slice(0, area.selectionStart);
    var after = area.value.slice(area.selectionEnd);
    var lead = before.length === 0 || /\n\n$/.test(before) ? "" : /\n$/.test(before) ? "\n" : "\n\n";
    var tail = after.length === 0 ? "\n" : /^\n\n/.test(after) ? "" : /^\n/.test(after) ? "\n" : "\n\n";
    var text = lead + block + tail;
    replaceSelection(text, text.length, text.length);
  }

  var actions = {
    bold: function () { wrap("**", "chữ đậm"); },
    italic: function () { wrap("*", "chữ nghiêng"); },
    heading: function () { prefixLines(function () { return "## "; }, "Tiêu đề nhỏ"); },
    bullets: function () { prefixLines(function () { return "- "; }, "mục"); },
    numbers: function () { prefixLines(function (i) { return (i + 1) + ". "; }, "mục"); },
    quote: function () { prefixLines(function () { return "> "; }, "lời trích"); },
    link: function () {
      var text = selected() || "chữ liên kết";
      var start = text.length + 3;
      replaceSelection("[" + text + "](https://)", start, start + "https://".length);
    },
    table: function () { insertBlock("| Cột 1 | Cột 2 |\n| --- | --- |\n| ô 1 | ô 2 |\n| ô 3 | ô 4 |"); },
    // The photo dialog (editor-photos.js) puts its snippet in with PortalEditor.insert.
    photo: function () { document.dispatchEvent(new CustomEvent("portal-editor:photo")); },
    attachment: function () {
      // The attachments' own script (task C) listens and calls insert with the text to put in.
      document.dispatchEvent(new CustomEvent("portal-editor:attachment", { detail: { insert: insertBlock } }));
    }
  };
  window.PortalEditor = { insert: insertBlock };

  // ---- The toolbar: one tab stop, arrow keys between its buttons (roving tabindex).
  var toolbar = form.querySelector("[data-md-toolbar]");
  var tools = toolbar ? Array.prototype.slice.call(toolbar.querySelectorAll("button")) : [];
  if (toolbar) {
    toolbar.hidden = false;
    toolbar.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-md]");
      if (button) {
        focusTool(tools.indexOf(button), false);
        actions[button.getAttribute("data-md")]();
      }
    });
    toolbar.addEventListener("keydown", function (event) {
      var i = tools.indexOf(document.activeElement);
      var next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: tools.length - 1 }[event.key];
      if (i >= 0 && typeof next === "number") {
        event.preventDefault();
        focusTool((next + tools.length) % tools.length, true);
      }
    });
  }
  function focusTool(index, focus) {
    tools.forEach(function (tool, i) { tool.tabIndex = i === index ? 0 : -1; });
    if (focus) {
      tools[index].focus();
    }
  }

  area.addEventListener("keydown", function (event) {
    if (!(event.ctrlKey || event.metaKey)) {
      return;
    }
    var key = event.key.toLowerCase();
    var action = !event.shiftKey && !event.altKey ? { b: "bold", i: "italic", k: "link" }[key]
      : event.shiftKey && !event.altKey ? { Digit8: "bullets", Digit7: "numbers", Digit9: "quote" }[event.code]
      : event.altKey && !event.shiftKey && event.code === "Digit2" ? "heading" : undefined;
    if (action) {
      event.preventDefault();
      actions[action]();
    }
  });

  // ---- Live preview: the body as publishing renders it, a moment after the typing stops.
  var preview = form.querySelector("[data-live-preview]");
  var previewBody = preview && preview.querySelector("[data-live-preview-body]");
  var previewError = preview && preview.querySelector("[data-live-preview-error]");
  var previewTimer = 0;
  var previewRun = 0;
  function renderPreview() {
    var data = new FormData();
    data.append("__RequestVerificationToken", token ? token.value : "");
    data.append("Input.BodyMarkdown", area.value);
    var run = ++previewRun;
    fetch(handler("Render"), { method: "POST", body: data, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (result) {
        if (run !== previewRun) {
          return;
        }
        previewBody.innerHTML = result.html || "";
        previewError.textContent = result.error || "";
      })
      .catch(function () {
        if (run === previewRun) {
          previewError.textContent = "Không cập nhật được phần xem trước; nội dung bạn gõ vẫn còn nguyên.";
        }
      });
  }
  if (preview) {
    preview.hidden = false;
    preview.parentNode.classList.add("with-preview");
    area.addEventListener("input", function () {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(renderPreview, 500);
    });
    renderPreview();
  }

  // ---- Autosave and the leave warning.
  var statusLine = form.querySelector("[data-autosave-status]");
  var submitting = false;
  function fields() {
    var data = new FormData(form);
    // The cover's upload stays with the real save: an autosave keeps words, never a file.
    ["Input.NewPhoto.File", "Input.NewPhoto.AltText", "Input.NewPhoto.Caption", "Input.NewPhoto.Credit", "PhotoQuery"].forEach(function (name) { data.delete(name); });
    return data;
  }
  function snapshot() {
    var parts = [];
    fields().forEach(function (value, name) {
      if (name !== "__RequestVerificationToken") {
        parts.push(name + "=" + value);
      }
    });
    return parts.join("&");
  }
  // A restored autosave is unsaved from the start (the attribute renders empty, not absent, when not).
  var savedState = form.getAttribute("data-unsaved") === "true" ? null : snapshot();
  var autosavedState = snapshot();
  var autosaveTimer = 0;

  function autosave() {
    var state = snapshot();
    if (submitting || state === autosavedState) {
      return;
    }
    fetch(handler("Autosave"), { method: "POST", body: fields(), credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (result) {
        autosavedState = state;
        statusLine.textContent = "Đã tự động lưu lúc " + result.savedAt;
      })
      .catch(function () { statusLine.textContent = "Chưa tự động lưu được; nội dung vẫn còn trong biểu mẫu."; });
  }
  form.addEventListener("input", function () {
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(autosave, 3000);
  });
  form.addEventListener("change", function () {
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(autosave, 3000);
  });

  // A tab closed or put away: the last words go with a beacon, which outlives the page.
  function autosaveNow() {
    if (submitting || snapshot() === autosavedState || !navigator.sendBeacon) {
      return;
    }
    clearTimeout(autosaveTimer);
    if (navigator.sendBeacon(handler("Autosave"), fields())) {
      autosavedState = snapshot();
    }
  }
  window.addEventListener("pagehide", autosaveNow);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      autosaveNow();
    }
  });

  form.addEventListener("submit", function () {
    submitting = true;
    clearTimeout(autosaveTimer);
  });
  window.addEventListener("beforeunload", function (event) {
    if (!submitting && snapshot() !== savedState) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  // "Bỏ bản này" without leaving the page, so nothing typed meanwhile is lost.
  var discard = document.querySelector("[data-autosave-discard]");
  if (discard) {
    discard.addEventListener("submit", function (event) {
      event.preventDefault();
      fetch(discard.action, { method: "POST", body: new FormData(discard), credentials: "same-origin" })
        .then(function (response) {
          if (response.ok || response.type === "opaqueredirect" || response.redirected) {
            document.querySelector("[data-autosave-banner]").remove();
          }
        });
    });
  }
})();
