/* paper-digest search client: no library, no server. Reads the index under <base>search/
   (format: README "Search index"), fetching only the shards of the words typed and the card blocks
   of the results shown. */
(() => {
  'use strict';
  const root = document.getElementById('search');
  if (!root) return;
  const base = root.dataset.base || '/';
  const dir = base + 'search/';
  const form = root.querySelector('form');
  const input = root.querySelector('input[name=q]');
  const topicIn = root.querySelector('select[name=topic]');
  const topicOut = root.querySelector('select[name=exclude]');
  const fromIn = root.querySelector('input[name=from]');
  const toIn = root.querySelector('input[name=to]');
  const sortIn = root.querySelector('select[name=sort]');
  const moreButton = root.querySelector('.search-more');
  const status = root.querySelector('.search-status');
  const list = root.querySelector('.search-results');
  const STOP = new Set('a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '));
  const MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef', LAST = 'ghijklmnopqrstuvwxyz0123456789-_';
  const PAGE = 10;
  const cache = new Map();
  let meta, split, seq = 0, selected = -1, pushTimer;

  const get = url => {
    if (!cache.has(url)) {
      cache.set(url, fetch(url).then(r => r.ok ? r.json() : null).catch(() => null));
    }
    return cache.get(url);
  };
  const words = s => s.toLowerCase().match(/[\p{L}\p{Nd}]+/gu) || [];
  const decode = s => {
    const out = [];
    let v = 0, m = 1;
    for (const c of s) {
      const i = MORE.indexOf(c);
      if (i >= 0) { v += i * m; m *= 32; } else { out.push(v + LAST.indexOf(c) * m); v = 0; m = 1; }
    }
    return out;
  };
  const postings = s => {
    const a = decode(s), map = new Map();
    for (let i = 0, d = 0; i < a.length; i += 2) { d += a[i]; map.set(d, a[i + 1]); }
    return map;
  };
  const shardKey = w => {
    let k = Math.min(2, w.length);
    while (k < w.length && split.has(w.slice(0, k))) k++;
    const key = w.slice(0, k);
    return split.has(key) ? key + '_' : key;
  };
  const fileName = key => key.split('').map(c => /[a-z0-9_]/.test(c) ? c : '~' + c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const shard = w => get(dir + 't/' + fileName(shardKey(w)) + '.json');
  const distance = (a, b, max) => {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    let prev = Array.from({length: b.length + 1}, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      let best = i;
      for (let j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        best = Math.min(best, cur[j]);
      }
      if (best > max) return max + 1;
      prev = cur;
    }
    return prev[b.length];
  };

  /* A word to the stems it stands for, each with a weight: 1 exact or same stem, 0.8 as a prefix
     (last word only), 0.6 with one typo (two in words over 7 letters). */
  const stemsOf = async (w, prefix) => {
    const sh = await shard(w);
    const stems = new Map();
    if (!sh) return stems;
    const add = (x, f) => { const s = sh.w[x] || x; if ((stems.get(s) || 0) < f) stems.set(s, f); };
    if (w in sh.w) add(w, 1);
    if (prefix && w.length >= 2) {
      let n = 0;
      for (const x in sh.w) if (x.startsWith(w) && x !== w && n++ < 40) add(x, 0.8);
    }
    if (!stems.size && w.length >= 4) {
      const max = w.length > 7 ? 2 : 1;
      for (const x in sh.w) if (distance(w, x, max) <= max) add(x, 0.6);
    }
    return stems;
  };
  const scoresOf = async (w, prefix) => {
    const stems = await stemsOf(w, prefix), out = new Map();
    for (const [s, f] of stems) {
      let p = (await shard(w) || {p: {}}).p[s];
      if (p === undefined) p = ((await shard(s)) || {p: {}}).p[s];
      if (!p) continue;
      for (const [d, v] of postings(p)) out.set(d, Math.max(out.get(d) || 0, v * f));
    }
    return {stems: [...stems.keys()], docs: out};
  };

  const topicOf = d => meta.topics.findIndex(t => d >= t.start && d < t.end);
  const yearOf = d => {
    const t = meta.topics[topicOf(d)];
    let y = -1;
    for (const [year, start] of t.years) if (start <= d) y = year;
    return y;
  };
  const secondary = async id => {
    const f = await get(dir + 'f/' + id + '.json');
    const set = new Set();
    if (f) for (let i = 0, d = 0, a = decode(f.d); i < a.length; i++) { d += a[i]; set.add(d); }
    return set;
  };
  const card = async d => {
    const block = await get(dir + 'c/' + Math.floor(d / meta.block) + '.json');
    return block && block[d % meta.block];
  };

  const readQuery = () => {
    const p = new URLSearchParams(location.search);
    input.value = p.get('q') || '';
    const topics = p.getAll('topic');
    topicIn.value = topics.find(t => !t.startsWith('-')) || '';
    topicOut.value = (topics.find(t => t.startsWith('-')) || '').slice(1);
    fromIn.value = p.get('from') || '';
    toIn.value = p.get('to') || '';
    sortIn.value = ['newest', 'oldest'].includes(p.get('sort')) ? p.get('sort') : 'relevance';
  };
  const queryString = () => {
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value.trim());
    if (topicIn.value) p.append('topic', topicIn.value);
    if (topicOut.value) p.append('topic', '-' + topicOut.value);
    if (fromIn.value) p.set('from', fromIn.value);
    if (toIn.value) p.set('to', toIn.value);
    if (sortIn.value !== 'relevance') p.set('sort', sortIn.value);
    const s = p.toString();
    return location.pathname + (s ? '?' + s : '');
  };

  /* Accents off and lowercase, for matching names: "Fauré" is "faure". */
  const fold = s => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  /* The query's author: words ("author:he", author:"kaiming he") and the rest of it. */
  const parse = q => {
    const authors = [];
    const rest = q.replace(/(^|\s)author:(?:"([^"]*)"?|(\S*))/giu, (m, pre, quoted, word) => {
      authors.push(...(fold(quoted !== undefined ? quoted : word).match(/[\p{L}\p{Nd}]+/gu) || []));
      return pre + ' ';
    });
    return {authors, rest};
  };
  /* Whether the card's authors have every word: whole words, but the last one while it is being typed. */
  const byAuthors = (c, authors, open) => {
    const names = ' ' + (c[5] || (fold(c[2]).match(/[\p{L}\p{Nd}]+/gu) || []).join(' ')) + ' ';
    return authors.every((a, i) => names.includes(' ' + a + (open && i === authors.length - 1 ? '' : ' ')));
  };

  /* Abstracts for snippets and phrase checks, read once per paper from its page and kept. */
  const abstracts = new Map();
  const abstractOf = slug => {
    if (!abstracts.has(slug)) {
      abstracts.set(slug, fetch(base + 'papers/' + slug + '/').then(r => r.ok ? r.text() : '').then(html => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return [...doc.querySelectorAll('.abstract > :not(h2)')].map(e => e.textContent).join(' ').replace(/\s+/g, ' ').trim();
      }).catch(() => ''));
    }
    return abstracts.get(slug);
  };

  let state = null;
  const search = async () => {
    const mine = ++seq;
    const {authors, rest} = parse(input.value);
    const phrases = [...rest.matchAll(/"([^"]+)"/g)].map(m => words(m[1]).filter(w => !STOP.has(w))).filter(p => p.length);
    const terms = words(rest).filter(w => !STOP.has(w));
    // author words find their papers through the index too (names are indexed), then cards confirm them
    const all = terms.concat(authors.filter(a => !terms.includes(a)));
    const open = /[\p{L}\p{Nd}]$/u.test(input.value) && (input.value.match(/"/g) || []).length % 2 === 0;
    const inc = topicIn.value, exc = topicOut.value;
    const from = parseInt(fromIn.value, 10), to = parseInt(toIn.value, 10);
    const filtered = inc || exc || from || to;
    if (!all.length && !filtered) { show(mine, null); return; }
    let docs = null, note = '', found = [];
    if (all.length) {
      found = await Promise.all(all.map((w, i) => scoresOf(w, open && i === all.length - 1)));
      if (mine !== seq) return;
      for (const f of found) {
        if (!docs) { docs = new Map(f.docs); continue; }
        for (const [d, v] of docs) { if (f.docs.has(d)) docs.set(d, v + f.docs.get(d)); else docs.delete(d); }
      }
      if (!docs.size && !authors.length) {
        docs = new Map();
        for (const f of found) for (const [d, v] of f.docs) docs.set(d, (docs.get(d) || 0) + v);
        if (docs.size) note = 'No paper has all the words; showing the best matches.';
      }
    } else {
      // filters alone: every paper of the topic (its primary range and its secondaries), or all of them
      docs = new Map();
      const t = meta.topics.find(x => x.id === inc);
      if (t) {
        for (let d = t.start; d < t.end; d++) docs.set(d, 0);
        for (const d of await secondary(inc)) docs.set(d, 0);
      } else {
        for (let d = 0; d < meta.n; d++) docs.set(d, 0);
      }
    }
    const incIdx = meta.topics.findIndex(t => t.id === inc), excIdx = meta.topics.findIndex(t => t.id === exc);
    const incSec = inc ? await secondary(inc) : null, excSec = exc ? await secondary(exc) : null;
    if (mine !== seq) return;
    const sort = sortIn.value;
    const ranked = [...docs].filter(([d]) => {
      const t = topicOf(d);
      if (inc && t !== incIdx && !incSec.has(d)) return false;
      if (exc && (t === excIdx || excSec.has(d))) return false;
      if (from || to) { const y = yearOf(d); if (y < 0 || (from && y < from) || (to && y > to)) return false; }
      return true;
    }).map(([d, v]) => [d, v, sort === 'relevance' ? 0 : yearOf(d)]).sort((a, b) => {
      if (sort !== 'relevance' && a[2] !== b[2]) {
        if (a[2] < 0 || b[2] < 0) return a[2] < 0 ? 1 : -1; // undated last
        return sort === 'newest' ? b[2] - a[2] : a[2] - b[2];
      }
      return b[1] - a[1] || a[0] - b[0];
    });
    const stems = [...new Set(found.flatMap(f => f.stems).concat(terms))].filter(x => x.length > 1).sort((a, b) => b.length - a.length);
    show(mine, {ranked, pos: 0, shown: 0, stems, note, authors, phrases, sort,
      authorOpen: open && /author:("[^"]*|\S*)$/iu.test(input.value), lazy: authors.length > 0 || phrases.length > 0});
  };

  /* Shows a new result list (null: none) and its first page. */
  const show = (mine, st) => {
    if (mine !== seq) return;
    state = st ? Object.assign(st, {mine}) : null;
    more(true);
  };

  /* The next page of results: all of them, a page at a time; author: and "phrase" are checked
     against each candidate's card and abstract, in rank order, as pages are asked for. */
  const more = async first => {
    const st = state;
    if (!st) { list.textContent = ''; status.textContent = ''; moreButton.hidden = true; return; }
    const page = [];
    while (page.length < PAGE && st.pos < st.ranked.length) {
      const batch = st.ranked.slice(st.pos, st.pos + (st.lazy ? 2 * PAGE : PAGE - page.length));
      st.pos += batch.length;
      const cards = await Promise.all(batch.map(([d]) => card(d)));
      if (st !== state) return;
      const ok = await Promise.all(batch.map(async ([d], i) => {
        const c = cards[i];
        if (!c) return false;
        if (st.authors.length && !byAuthors(c, st.authors, st.authorOpen)) return false;
        if (st.phrases.length) {
          const text = ' ' + words(c[1] + ' ' + await abstractOf(c[0])).join(' ') + ' ';
          if (!st.phrases.every(p => text.includes(' ' + p.join(' ') + ' '))) return false;
        }
        return true;
      }));
      if (st !== state) return;
      batch.forEach(([d], i) => { if (ok[i]) page.push([d, cards[i]]); });
    }
    // the snippets of the page, before it is shown (each abstract is read once), so nothing moves after
    const texts = await Promise.all(page.map(([, c]) => Promise.race([abstractOf(c[0]), new Promise(r => setTimeout(() => r(null), 800))])));
    if (st !== state) return;
    if (first) { list.textContent = ''; selected = -1; }
    const firstNew = list.children.length;
    page.forEach(([d, c], i) => list.append(result(c, texts[i], st.stems, firstNew + i)));
    st.shown += page.length;
    if (window.paperDigestSave) window.paperDigestSave.wire(list);
    const exhausted = st.pos >= st.ranked.length;
    const order = st.sort === 'newest' ? 'newest first' : st.sort === 'oldest' ? 'oldest first' : 'best match first';
    const count = n => n === 1 ? '1 paper' : n + ' papers';
    if (!st.shown) status.textContent = 'No paper matches.';
    else if (!st.lazy) status.textContent = count(st.ranked.length) + ', ' + order + (st.ranked.length > st.shown ? '; showing 1\u2013' + st.shown : '') + (st.note ? '. ' + st.note : '');
    else status.textContent = (exhausted ? count(st.shown) : count(st.shown) + ' so far') + ', ' + order + '.';
    moreButton.hidden = exhausted;
    if (!first && page.length) { const a = list.children[firstNew].querySelector('a'); if (a) a.focus(); }
  };

  const mark = (parent, text, stems) => {
    const re = stems.length ? new RegExp('(' + stems.map(s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')[\\p{L}\\p{Nd}]*', 'giu') : null;
    let last = 0;
    if (re) for (const m of text.matchAll(re)) {
      if (m.index > 0 && /[\p{L}\p{Nd}]/u.test(text[m.index - 1])) continue;
      parent.append(text.slice(last, m.index));
      const b = document.createElement('mark');
      b.textContent = m[0];
      parent.append(b);
      last = m.index + m[0].length;
    }
    parent.append(text.slice(last));
  };
  /* About 240 characters of the abstract around its first match, cut at spaces. */
  const SNIPPET = 240;
  const snippetOf = (text, stems) => {
    if (text.length <= SNIPPET) return text;
    const lower = text.toLowerCase();
    let at = -1;
    for (const s of stems) {
      const re = new RegExp('(^|[^\\p{L}\\p{Nd}])' + s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'u');
      const m = re.exec(lower);
      if (m && (at < 0 || m.index < at)) at = m.index + m[1].length;
    }
    let start = Math.max(0, at - 80);
    if (start > 0) { const sp = text.indexOf(' ', start); start = sp < 0 || sp > at ? start : sp + 1; }
    let end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) { const sp = text.lastIndexOf(' ', end); if (sp > start) end = sp; }
    return (start > 0 ? '\u2026' : '') + text.slice(start, end).replace(/[,;:]$/, '') + (end < text.length ? '\u2026' : '');
  };

  const result = (c, text, stems, i) => {
    const li = document.createElement('li');
    li.className = 'card';
    li.id = 'result-' + i;
    li.dataset.slug = c[0];
    li.dataset.url = base + 'papers/' + c[0] + '/';
    li.dataset.title = c[1];
    const a = document.createElement('a');
    a.href = li.dataset.url;
    mark(a, c[1], stems);
    const h = document.createElement('h2');
    h.className = 'card-title';
    h.append(a);
    const m = document.createElement('p');
    m.className = 'meta';
    m.textContent = [c[2], c[3] > 0 ? c[3] : '', c[4].map(t => meta.topics[t].name).join(', ')].filter(Boolean).join(' \u00b7 ');
    const s = document.createElement('p');
    s.className = 'summary';
    if (text) mark(s, snippetOf(text, stems), stems);
    else if (text === null) abstractOf(c[0]).then(t => mark(s, snippetOf(t, stems), stems));
    const save = document.createElement('button');
    save.type = 'button';
    save.className = 'save';
    save.dataset.save = c[0];
    save.hidden = true;
    save.setAttribute('aria-pressed', 'false');
    save.append('Save');
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = ' ' + c[1];
    save.append(hidden);
    li.append(h, m, s, save);
    return li;
  };

  /* Arrow keys: from the box to the results and between them; Enter on the box opens the selected one. */
  const select = i => {
    const links = [...list.querySelectorAll('.card-title a')];
    if (!links.length) return;
    selected = Math.max(-1, Math.min(links.length - 1, i));
    if (selected < 0) { input.focus(); return; }
    links[selected].focus();
  };

  /* History: the first change after a pause, a blur or Enter adds an entry; the keystrokes after it
     only update that entry, so Back returns to the previous search, not the previous letter. */
  let timer, fresh = true;
  const here = () => location.pathname + location.search;
  const record = () => {
    const url = queryString();
    if (url === here()) return;
    if (fresh) history.pushState(null, '', url); else history.replaceState(null, '', url);
    fresh = false;
  };
  const settle = () => { clearTimeout(pushTimer); fresh = true; };
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(search, 60);
    record();
    clearTimeout(pushTimer);
    pushTimer = setTimeout(settle, 1200);
  };

  form.addEventListener('submit', e => {
    e.preventDefault();
    record(); settle(); search();
  });
  input.addEventListener('input', changed);
  [topicIn, topicOut, fromIn, toIn, sortIn].forEach(el => el.addEventListener('change', () => { settle(); record(); settle(); search(); }));
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown') { e.preventDefault(); select(0); }
  });
  list.addEventListener('keydown', e => {
    const links = [...list.querySelectorAll('.card-title a')];
    const at = links.indexOf(document.activeElement);
    if (at < 0) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); select(at + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); select(at - 1); }
  });
  moreButton.addEventListener('click', () => more(false));
  input.addEventListener('blur', settle);
  window.addEventListener('popstate', () => { readQuery(); settle(); search(); });

  get(dir + 'meta.json').then(m => {
    if (!m) { status.textContent = 'The search index could not be loaded.'; return; }
    meta = m;
    // meta lists the longest split prefixes; every prefix of one (two letters or more) is split too
    split = new Set();
    for (const s of m.split) for (let k = 2; k <= s.length; k++) split.add(s.slice(0, k));
    for (const t of m.topics) {
      topicIn.append(new Option(t.name, t.id));
      topicOut.append(new Option(t.name, t.id));
    }
    root.classList.add('ready');
    readQuery();
    if (input.value || topicIn.value || topicOut.value || fromIn.value || toIn.value) search();
  });
})();
