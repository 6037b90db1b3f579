// The article editor's attachments: upload a file at once (the form's plain file input works without this) and put a
// link to it at the cursor. The editor's toolbar asks through the "portal-editor:attachment" event, giving its own
// insert function; the section's own button inserts into the body's textarea.
(function () {
  "use strict";

  function wire() {
    var section = document.getElementById("attachments");
    if (!section) {
      return;
    }
    var form = section.closest("form");
    var list = document.getElementById("attachment-list");
    var status = document.getElementById("attachment-status");
    var none = document.getElementById("attachment-none");
    var chooser = document.createElement("input");
    chooser.type = "file";
    chooser.accept = ".pdf,.docx,.xlsx";
    chooser.hidden = true;
    section.appendChild(chooser);
    var pendingInsert = null;

    function insertIntoBody(text) {
      var body = document.getElementById("Input_BodyMarkdown");
      if (!body) {
        return;
      }
      var start = body.selectionStart, end = body.selectionEnd;
      body.value = body.value.slice(0, start) + text + body.value.slice(end);
      body.selectionStart = body.selectionEnd = start + text.length;
      body.dispatchEvent(new Event("input", { bubbles: true }));
      body.focus();
    }

    function listed(file) {
      var item = document.createElement("li");
      var id = document.createElement("input");
      id.type = "hidden";
      id.name = "Input.AttachmentIds";
      id.value = String(file.id);
      var link = document.createElement("a");
      link.href = "/admin/articles/attachments/" + file.id;
      link.textContent = file.fileName;
      var label = document.createElement("label");
      label.className = "checkbox";
      var box = document.createElement("input");
      box.type = "checkbox";
      box.name = "Input.DetachIds";
      box.value = String(file.id);
      label.appendChild(box);
      label.appendChild(document.createTextNode(" Gỡ"));
      item.appendChild(id);
      item.appendChild(link);
      item.appendChild(document.createTextNode(" (" + file.kind + ", " + file.size + ") "));
      item.appendChild(label);
      return item;
    }

    function upload(file) {
      var data = new FormData();
      data.append("file", file);
      var token = form.querySelector("input[name=__RequestVerificationToken]");
      if (token) {
        data.append("__RequestVerificationToken", token.value);
      }
      status.textContent = "Đang tải lên “" + file.name + "”…";
      fetch(section.getAttribute("data-upload-url"), { method: "POST", body: data, credentials: "same-origin" })
        .then(function (response) {
          return response.json().catch(function () {
            return { error: "Không tải được tệp lên (mã " + response.status + ")." };
          });
        })
        .then(function (answer) {
          if (answer.error) {
            status.textContent = answer.error;
            return;
          }
          list.appendChild(listed(answer));
          if (none) {
            none.hidden = true;
          }
          status.textContent = "Đã đính kèm “" + answer.fileName + "” và chèn liên kết vào bài.";
          (pendingInsert || insertIntoBody)(answer.markdown);
        })
        .catch(function () {
          status.textContent = "Không tải được tệp lên: mất kết nối. Xin thử lại.";
        });
    }

    chooser.addEventListener("change", function () {
      if (chooser.files && chooser.files.length > 0) {
        upload(chooser.files[0]);
      }
      chooser.value = "";
    });

    function choose(insert) {
      pendingInsert = insert;
      chooser.click();
    }

    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-secondary";
    button.textContent = "Đính kèm tệp và chèn liên kết vào bài";
    button.addEventListener("click", function () {
      choose(null);
    });
    status.parentNode.insertBefore(button, status);

    document.addEventListener("portal-editor:attachment", function (event) {
      choose(event.detail && typeof event.detail.insert === "function" ? event.detail.insert : null);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wire);
  } else {
    wire();
  }
})();
