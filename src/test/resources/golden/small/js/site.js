/* paper-digest, on every page: the light/dark switch, the reading list (Save buttons and the
   /saved/ page, kept in this browser's localStorage) and keyboard shortcuts. Without JavaScript the
   pages read the same; without storage the Save buttons stay hidden and the rest works. */
(() => {
  'use strict';
  const doc = document.documentElement;
  const base = document.body.dataset.base || '/';
  const storage = (() => {
    try {
      const k = 'paper-digest-probe';
      localStorage.setItem(k, k);
      localStorage.removeItem(k);
      return localStorage;
    } catch (e) {
      return null;
    }
  })();

  /* Light or dark: the reader's choice, remembered; else the system's. */
  const toggle = document.querySelector('.theme-toggle');
  if (toggle) {
    const dark = () => (doc.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
    const show = () => toggle.setAttribute('aria-pressed', String(dark()));
    toggle.hidden = false;
    show();
    toggle.addEventListener('click', () => {
      doc.dataset.theme = dark() ? 'light' : 'dark';
      if (storage) storage.setItem('paper-digest-theme', doc.dataset.theme);
      show();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', show);
  }

  /* The reading list: newest saved first, one list per digest (its base path). */
  const KEY = 'paper-digest-saved:' + base;
  const load = () => {
    try {
      const v = JSON.parse(storage.getItem(KEY) || '[]');
      return Array.isArray(v) ? v.filter(e => e && typeof e.slug === 'string') : [];
    } catch (e) {
      return [];
    }
  };
  const keep = list => {
    try {
      storage.setItem(KEY, JSON.stringify(list));
      return true;
    } catch (e) {
      return false;
    }
  };
  const isSaved = slug => load().some(e => e.slug === slug);
  const bibOf = async url => {
    try {
      const r = await fetch(url);
      if (!r.ok) return '';
      const page = new DOMParser().parseFromString(await r.text(), 'text/html');
      const pre = page.getElementById('bibtex');
      return pre ? pre.textContent : '';
    } catch (e) {
      return '';
    }
  };
  const entryOf = card => ({
    slug: card.dataset.slug,
    url: card.dataset.url,
    title: card.dataset.title || (card.querySelector('.card-title') || {textContent: card.dataset.slug}).textContent,
    meta: (card.querySelector('.meta') || {textContent: ''}).textContent.trim(),
    bib: card.matches('article.paper') && document.getElementById('bibtex') ? document.getElementById('bibtex').textContent : '',
  });
  const refresh = () => {
    const saved = new Set(load().map(e => e.slug));
    for (const b of document.querySelectorAll('button[data-save]')) {
      const on = saved.has(b.dataset.save);
      b.setAttribute('aria-pressed', String(on));
      b.firstChild.textContent = on ? 'Saved' : 'Save';
    }
  };
  const toggleSave = card => {
    const list = load();
    const at = list.findIndex(e => e.slug === card.dataset.slug);
    if (at >= 0) {
      list.splice(at, 1);
      keep(list);
    } else {
      const entry = entryOf(card);
      list.unshift(entry);
      keep(list);
      if (!entry.bib) bibOf(entry.url).then(bib => {
        if (!bib) return;
        const now = load();
        const e = now.find(x => x.slug === entry.slug);
        if (e) { e.bib = bib; keep(now); }
      });
    }
    refresh();
    window.dispatchEvent(new CustomEvent('paper-digest-saved'));
  };
  const wire = root => {
    if (!storage) return;
    for (const b of root.querySelectorAll('button[data-save]')) {
      if (b.dataset.wired) continue;
      b.dataset.wired = '1';
      b.hidden = false;
      b.addEventListener('click', () => {
        const card = b.closest('.card');
        if (card) toggleSave(card);
      });
    }
    refresh();
  };
  window.paperDigestSave = {wire};
  wire(document);
  window.addEventListener('storage', e => { if (e.key === KEY) refresh(); });

  /* The /saved/ page. */
  const savedRoot = document.getElementById('saved');
  if (savedRoot) {
    const status = savedRoot.querySelector('.saved-status');
    const list = savedRoot.querySelector('.saved-list');
    const actions = savedRoot.querySelector('.saved-actions');
    const bibBox = savedRoot.querySelector('.saved-bib');
    const bibCode = savedRoot.querySelector('#saved-bibtex code');
    const download = savedRoot.querySelector('[data-action=download]');
    const bibText = entries => entries.map(e => e.bib ? e.bib.trim()
      : '% ' + e.title.replace(/\s+/g, ' ') + ': BibTeX not fetched yet (offline?); see ' + new URL(e.url, location.href).href).join('\n\n') + '\n';
    const render = () => {
      const entries = load();
      list.textContent = '';
      for (const e of entries) {
        const li = document.createElement('li');
        li.className = 'card';
        li.dataset.slug = e.slug;
        li.dataset.url = e.url;
        li.dataset.title = e.title;
        const h = document.createElement('h2');
        h.className = 'card-title';
        const a = document.createElement('a');
        a.href = e.url;
        a.textContent = e.title;
        h.append(a);
        li.append(h);
        if (e.meta) {
          const m = document.createElement('p');
          m.className = 'meta';
          m.textContent = e.meta;
          li.append(m);
        }
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'save';
        b.dataset.save = e.slug;
        b.append('Saved');
        const hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = ' ' + e.title;
        b.append(hidden);
        li.append(b);
        list.append(li);
      }
      wire(list);
      if (!storage) status.textContent = 'This browser does not let the site keep a reading list (its storage is off).';
      else status.textContent = entries.length === 0 ? 'No saved papers yet. Press Save on a paper to keep it here.'
        : entries.length === 1 ? '1 saved paper, latest saved first.' : entries.length + ' saved papers, latest saved first.';
      actions.hidden = bibBox.hidden = entries.length === 0;
      bibCode.textContent = bibText(entries);
      // entries saved from a card fetch their BibTeX when saved; any still missing it try again now
      for (const e of entries) if (!e.bib) bibOf(e.url).then(bib => {
        if (!bib) return;
        const now = load();
        const x = now.find(y => y.slug === e.slug);
        if (x && !x.bib) { x.bib = bib; keep(now); render(); }
      });
    };
    savedRoot.querySelector('[data-action=copy]').addEventListener('click', ev => {
      if (!navigator.clipboard) return;
      navigator.clipboard.writeText(bibText(load())).then(() => { status.textContent = 'BibTeX copied.'; }, () => {});
      ev.preventDefault();
    });
    download.addEventListener('click', () => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([bibText(load())], {type: 'application/x-bibtex'}));
      a.download = 'saved-papers.bib';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    });
    savedRoot.querySelector('[data-action=clear]').addEventListener('click', () => {
      const n = load().length;
      keep([]);
      render();
      status.textContent = 'Cleared ' + (n === 1 ? '1 paper' : n + ' papers') + ' from the list.';
    });
    window.addEventListener('paper-digest-saved', render);
    window.addEventListener('storage', e => { if (e.key === KEY) render(); });
    render();
  }

  /* Keyboard: / search, j and k move between papers, Enter opens, s saves, ? lists the keys. */
  const dialog = document.querySelector('dialog.keys');
  if (dialog) dialog.querySelector('button.close').addEventListener('click', () => dialog.close());
  let current = -1;
  const cards = () => [...document.querySelectorAll('.card')].filter(c => c.offsetParent !== null);
  const focusCard = i => {
    const all = cards();
    if (!all.length) return;
    current = Math.max(0, Math.min(all.length - 1, i));
    all.forEach((c, j) => c.classList.toggle('current', j === current));
    const c = all[current];
    const link = c.querySelector('.card-title a');
    if (link) link.focus();
    else { c.tabIndex = -1; c.focus(); }
    c.scrollIntoView({block: 'nearest'});
  };
  document.addEventListener('focusin', e => {
    const c = e.target.closest && e.target.closest('.card');
    if (c) current = cards().indexOf(c);
  });
  document.addEventListener('keydown', e => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const t = e.target;
    if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || (dialog && dialog.open)) return;
    if (e.key === '/') {
      const box = document.getElementById('search-q') || document.querySelector('.header-search input');
      e.preventDefault();
      if (box && box.offsetParent !== null) box.focus();
      else location.href = base + 'search/';
    } else if (e.key === 'j' || e.key === 'k') {
      e.preventDefault();
      const all = cards();
      if (current < 0 || current >= all.length) focusCard(e.key === 'j' ? 0 : all.length - 1);
      else focusCard(current + (e.key === 'j' ? 1 : -1));
    } else if (e.key === 's') {
      const all = cards();
      const c = all[current] || (all.length === 1 ? all[0] : null);
      const b = c && c.querySelector('button[data-save]');
      if (b && !b.hidden) { e.preventDefault(); b.click(); }
    } else if (e.key === '?' && dialog && dialog.showModal) {
      e.preventDefault();
      dialog.showModal();
    }
  });
})();
