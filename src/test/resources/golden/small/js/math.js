/* Typesets the page's TeX math (<span class="math">$...$</span>) with KaTeX, loaded only on pages
   that have math. Without JavaScript, or when KaTeX cannot read a formula, the TeX source stays. */
(() => {
  'use strict';
  const typeset = root => {
    if (!window.katex) return;
    for (const el of root.querySelectorAll('.math:not([data-typeset])')) {
      const display = el.classList.contains('display');
      const tex = el.textContent.replace(display ? /^\$\$|\$\$$/g : /^\$|\$$/g, '');
      try {
        const source = el.textContent;
        window.katex.render(tex, el, {displayMode: display, throwOnError: true, output: 'htmlAndMathml'});
        el.dataset.typeset = '';
        el.title = source;
      } catch (e) {
        el.dataset.typeset = 'failed';
      }
    }
  };
  window.paperDigestMath = typeset;
  typeset(document);
})();
