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
  };
  const queryString = () => {
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value.trim());
    if (topicIn.value) p.append('topic', topicIn.value);
    if (topicOut.value) p.append('topic', '-' + topicOut.value);
    if (fromIn.value) p.set('from', fromIn.value);
    if (toIn.value) p.set('to', toIn.value);
    const s = p.toString();
    return location.pathname + (s ? '?' + s : '');
  };

  const search = async () => {
    const mine = ++seq;
    const q = input.value;
    const phrases = [...q.matchAll(/"([^"]+)"/g)].map(m => words(m[1]).filter(w => !STOP.has(w)));
    const all = words(q);
    const terms = all.filter(w => !STOP.has(w));
    const open = /[\p{L}\p{Nd}]$/u.test(q) && (q.match(/"/g) || []).length % 2 === 0;
    if (!terms.length) { render(mine, [], [], '', []); return; }
    const found = await Promise.all(terms.map((w, i) => scoresOf(w, open && i === terms.length - 1)));
    if (mine !== seq) return;
    let docs = null;
    for (const f of found) {
      if (!docs) { docs = new Map(f.docs); continue; }
      for (const [d, v] of docs) { if (f.docs.has(d)) docs.set(d, v + f.docs.get(d)); else docs.delete(d); }
    }
    let note = '';
    if (!docs.size) {
      docs = new Map();
      for (const f of found) for (const [d, v] of f.docs) docs.set(d, (docs.get(d) || 0) + v);
      if (docs.size) note = 'No paper has all the words; showing the best matches.';
    }
    const inc = topicIn.value, exc = topicOut.value;
    const from = parseInt(fromIn.value, 10), to = parseInt(toIn.value, 10);
    const incIdx = meta.topics.findIndex(t => t.id === inc), excIdx = meta.topics.findIndex(t => t.id === exc);
    const incSec = inc ? await secondary(inc) : null, excSec = exc ? await secondary(exc) : null;
    if (mine !== seq) return;
    let ranked = [...docs].filter(([d]) => {
      const t = topicOf(d);
      if (inc && t !== incIdx && !incSec.has(d)) return false;
      if (exc && (t === excIdx || excSec.has(d))) return false;
      if (from || to) { const y = yearOf(d); if (y < 0 || (from && y < from) || (to && y > to)) return false; }
      return true;
    }).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (phrases.length) {
      const keep = [];
      for (const [d, v] of ranked.slice(0, 50)) {
        const c = await card(d), t = ' ' + words(c ? c[1] : '').join(' ') + ' ';
        if (phrases.every(p => t.includes(' ' + p.join(' ') + ' '))) keep.push([d, v]);
      }
      ranked = keep;
    }
    const top = ranked.slice(0, PAGE);
    const cards = await Promise.all(top.map(([d]) => card(d)));
    if (mine !== seq) return;
    render(mine, top.map(([d], i) => [d, cards[i]]), found.flatMap(f => f.stems).concat(terms), note, ranked.length);
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
  const snippet = async (p, slug, stems) => {
    const r = await fetch(base + 'papers/' + slug + '/').catch(() => null);
    if (!r || !r.ok) return;
    const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
    const text = (doc.querySelector('.abstract p') || {textContent: ''}).textContent;
    const lower = text.toLowerCase();
    let at = -1;
    for (const s of stems) { const i = lower.indexOf(s); if (i >= 0 && (at < 0 || i < at)) at = i; }
    const start = Math.max(0, at - 80), end = Math.min(text.length, start + 240);
    mark(p, (start > 0 ? '\u2026' : '') + text.slice(start, end) + (end < text.length ? '\u2026' : ''), stems);
  };

  const render = (mine, results, stems, note, total) => {
    if (mine !== seq) return;
    list.textContent = '';
    selected = -1;
    stems = [...new Set(stems)].filter(s => s.length > 1).sort((a, b) => b.length - a.length);
    status.textContent = !input.value.trim() ? '' : total ? (total === 1 ? '1 paper' : total + ' papers') + (total > PAGE ? ', best ' + PAGE + ' shown' : '') + (note ? '. ' + note : '') : 'No paper matches.';
    results.forEach(([d, c], i) => {
      if (!c) return;
      const li = document.createElement('li');
      li.id = 'result-' + i;
      li.setAttribute('role', 'option');
      const a = document.createElement('a');
      a.href = base + 'papers/' + c[0] + '/';
      mark(a, c[1], stems);
      const h = document.createElement('h3');
      h.append(a);
      const m = document.createElement('p');
      m.className = 'meta';
      m.textContent = [c[2], c[3] > 0 ? c[3] : '', c[4].map(t => meta.topics[t].name).join(', ')].filter(Boolean).join(' \u00b7 ');
      const s = document.createElement('p');
      s.className = 'summary';
      li.append(h, m, s);
      list.append(li);
      snippet(s, c[0], stems);
    });
  };

  const select = i => {
    const items = list.querySelectorAll('li');
    if (!items.length) return;
    selected = Math.max(0, Math.min(items.length - 1, i));
    items.forEach((li, j) => li.setAttribute('aria-selected', j === selected ? 'true' : 'false'));
    input.setAttribute('aria-activedescendant', items[selected].id);
    items[selected].scrollIntoView({block: 'nearest'});
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
    const a = list.querySelector('[aria-selected=true] a');
    if (a) { location.href = a.href; return; }
    record(); settle(); search();
  });
  input.addEventListener('input', changed);
  [topicIn, topicOut, fromIn, toIn].forEach(el => el.addEventListener('change', () => { settle(); record(); settle(); search(); }));
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown') { e.preventDefault(); select(selected + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); select(selected - 1); }
  });
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
    if (input.value || topicIn.value || topicOut.value) search();
  });
})();
