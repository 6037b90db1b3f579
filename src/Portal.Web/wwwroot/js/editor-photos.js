// The editor's photo dialog (the toolbar's "Ảnh", from editor.js): the library's photos, newest or searched, and an
// upload; the chosen photo's snippet goes in at the text's cursor, on its own line.
(function () {
  "use strict";

  if (!window.PortalEditor) {
    return;
  }
  function handler(name) {
    return window.location.pathname + "?handler=" + name;
  }

  // ---- Photo dialog: the library's photos (newest, or searched), and an upload; the snippet goes in at the cursor.
  var dialog = document.querySelector("[data-photo-dialog]");
  var list = dialog && dialog.querySelector("[data-photo-dialog-list]");
  var status = dialog && dialog.querySelector("[data-photo-dialog-status]");
  var query = dialog && dialog.querySelector("#photo-dialog-query");
  var upload = dialog && dialog.querySelector("[data-photo-dialog-upload]");
  var uploadError = dialog && dialog.querySelector("[data-photo-dialog-error]");

  function insertPhoto(snippet) {
    dialog.close();
    window.PortalEditor.insert(snippet);
  }

  function photoItem(photo) {
    var item = document.createElement("li");
    item.className = "photo-card";
    var thumbnail = document.createElement("div");
    thumbnail.className = "photo-thumbnail";
    // Markup the server wrote from the library, every word of it encoded.
    thumbnail.innerHTML = photo.thumbnail;
    var text = document.createElement("div");
    text.className = "photo-card-text";
    var title = document.createElement("p");
    title.className = "photo-card-title";
    title.textContent = photo.altText;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-secondary";
    button.textContent = "Chèn ảnh số " + photo.id;
    button.addEventListener("click", function () { insertPhoto(photo.snippet); });
    text.appendChild(title);
    text.appendChild(button);
    item.appendChild(thumbnail);
    item.appendChild(text);
    return item;
  }

  function loadPhotos() {
    status.textContent = "Đang tải danh sách ảnh…";
    fetch(handler("PhotoChoices") + "&q=" + encodeURIComponent(query.value), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (result) {
        list.replaceChildren.apply(list, result.photos.map(photoItem));
        status.textContent = result.photos.length === 0
          ? (query.value.trim() ? "Không có ảnh nào khớp với từ khóa." : "Thư viện chưa có ảnh nào.")
          : "Có " + result.photos.length + " ảnh" + (query.value.trim() ? " khớp với từ khóa." : " mới nhất.");
      })
      .catch(function () { status.textContent = "Không tải được danh sách ảnh; xin thử lại."; });
  }

  function openPhotoDialog() {
    if (!dialog) {
      return;
    }
    dialog.showModal();
    loadPhotos();
  }

  if (dialog) {
    dialog.querySelector("[data-photo-dialog-close]").addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () { document.getElementById("Input_BodyMarkdown").focus(); });
    document.addEventListener("portal-editor:photo", openPhotoDialog);
    dialog.querySelector("[data-photo-dialog-search]").addEventListener("submit", function (event) {
      event.preventDefault();
      loadPhotos();
    });
    upload.addEventListener("submit", function (event) {
      event.preventDefault();
      uploadError.textContent = "Đang tải ảnh lên…";
      fetch(upload.action, { method: "POST", body: new FormData(upload), credentials: "same-origin" })
        .then(function (response) {
          return response.json().then(function (result) { return { ok: response.ok, result: result }; });
        })
        .then(function (answer) {
          if (!answer.ok) {
            uploadError.textContent = answer.result.error || "Không tải được ảnh lên.";
            return;
          }
          uploadError.textContent = "";
          upload.reset();
          insertPhoto(answer.result.snippet);
        })
        .catch(function () { uploadError.textContent = "Không tải được ảnh lên (ảnh quá lớn hoặc mất kết nối); xin thử lại."; });
    });
  }
})();
