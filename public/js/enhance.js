// Progressive enhancement only: every page works without this file.
for (const button of document.querySelectorAll('[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const status = button.parentElement?.querySelector('[data-copy-status]');
    try {
      await navigator.clipboard.writeText(button.dataset.copy ?? location.href);
      if (status) status.textContent = 'Lien copié.';
    } catch {
      if (status) status.textContent = 'Copie impossible : sélectionnez l’adresse ci-dessus.';
    }
  });
}
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
