// Progressive enhancement only: every page works without this file.
for (const button of document.querySelectorAll('[data-copy]')) {
  // Shown only where the Clipboard API exists; the address itself stays visible and selectable.
  if (!navigator.clipboard?.writeText) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    // The messages come from src/i18n through the page (data-copied, data-copy-failed).
    const status = button.parentElement?.querySelector('[data-copy-status]');
    try {
      await navigator.clipboard.writeText(button.dataset.copy ?? location.href);
      if (status) status.textContent = status.dataset.copied ?? '';
    } catch {
      if (status) status.textContent = status.dataset.copyFailed ?? '';
    }
  });
}
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
// A citation says when it was read: the reader's day, not the day the site was built.
const today = new Intl.DateTimeFormat('fr-BE', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
for (const day of document.querySelectorAll('[data-today]')) day.textContent = today;
