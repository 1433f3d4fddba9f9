// Afterview's only script of its own: copying a LinkedIn note to the clipboard.
// (Live checks and previews are HTMX attributes; every form works without script.)
"use strict";
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button) return;
  const source = document.querySelector(button.dataset.copy);
  const status = document.querySelector(button.dataset.status);
  try {
    await navigator.clipboard.writeText(source.value);
    if (status) status.textContent = "Copied: paste it on LinkedIn.";
  } catch (error) {
    source.select();
    if (status) status.textContent = "Select all and copy it yourself: the browser did not allow copying.";
  }
});
