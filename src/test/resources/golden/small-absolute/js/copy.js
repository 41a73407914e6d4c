/* Copy buttons: shown only when JavaScript runs; without it the text stays a plain, selectable block. */
(() => {
  for (const b of document.querySelectorAll('button[data-copy]')) {
    const source = document.getElementById(b.dataset.copy);
    if (!source || !navigator.clipboard) continue;
    b.hidden = false;
    b.addEventListener('click', () => navigator.clipboard.writeText(source.textContent).then(() => {
      const label = b.textContent;
      b.textContent = 'Copied';
      setTimeout(() => { b.textContent = label; }, 1500);
    }));
  }
})();
