// Walks every slide of a deck the way a presenter would (each slide opened in turn, fragments shown) and
// measures what the audience sees on the 1280x720 stage: how tall and wide the content is, whether every
// figure is fully in view, the smallest text in HTML and in plots, and whether a plotly mode bar shows.
// Returns a JSON string: one object per slide. Works on decks without the window.umbrellaSlides.go API
// (older decks) by switching the slide classes itself, so "before" and "after" are measured alike.
(async () => {
  const W = 1280, H = 720, TOLERANCE = 1;
  const api = window.umbrellaSlides;
  const slides = [...document.querySelectorAll('section.slide')];
  const deck = document.getElementById('deck');
  const settle = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 60)));
  const shown = el => {
    for (let e = el; e && e !== deck; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') { return false; }
    }
    return true;
  };
  const out = [];
  for (let k = 0; k < slides.length; k++) {
    if (api && api.go) {
      api.go(k, true);
    } else {
      slides.forEach((s, i) => s.classList.toggle('current', i === k));
      slides[k].querySelectorAll('.fragment').forEach(f => f.classList.add('visible'));
    }
    await settle();
    const s = slides[k];
    const origin = deck.getBoundingClientRect();
    const heading = s.querySelector('h1, h2, h3, .continued, .umbrella-figure-title');
    const r = {
      index: k, h: s.dataset.h, v: s.dataset.v, heading: heading ? heading.textContent.trim().slice(0, 80) : '',
      scrollHeight: s.scrollHeight, scrollWidth: s.scrollWidth, scrollTop: s.scrollTop,
      bottom: 0, right: 0, figures: 0, figuresOutOfView: [], minText: null, minPlotText: null, minTitle: null,
      smallText: [], modebar: false
    };
    // Every box the audience could see, plots as one box each (their insides are plotly's business).
    for (const el of s.querySelectorAll('*')) {
      if (el.closest('aside.notes') || (el.closest('.js-plotly-plot') && !el.classList.contains('js-plotly-plot'))) { continue; }
      const b = el.getBoundingClientRect();
      if ((b.width === 0 && b.height === 0) || !shown(el)) { continue; }
      r.bottom = Math.max(r.bottom, Math.round(b.bottom - origin.top));
      r.right = Math.max(r.right, Math.round(b.right - origin.left));
    }
    for (const p of s.querySelectorAll('.js-plotly-plot')) {
      r.figures++;
      const b = p.getBoundingClientRect();
      const box = [b.left - origin.left, b.top - origin.top, b.right - origin.left, b.bottom - origin.top].map(Math.round);
      if (!shown(p) || box[0] < -TOLERANCE || box[1] < -TOLERANCE || box[2] > W + TOLERANCE || box[3] > H + TOLERANCE || b.height < 50) {
        r.figuresOutOfView.push(box.join(','));
      }
      const bar = p.querySelector('.modebar');
      if (bar && shown(bar) && getComputedStyle(bar).opacity !== '0' && bar.getBoundingClientRect().width > 0) { r.modebar = true; }
    }
    const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const el = t.parentElement;
      if (!t.textContent.trim() || !el || el.closest('aside.notes') || !shown(el)) { continue; }
      const size = parseFloat(getComputedStyle(el).fontSize);
      const inPlot = el.closest('svg') !== null;
      const isTitle = el.closest('.gtitle, .umbrella-figure-title') !== null;
      const key = isTitle ? 'minTitle' : inPlot ? 'minPlotText' : 'minText';
      r[key] = r[key] === null ? size : Math.min(r[key], size);
      const floor = isTitle ? 28 : inPlot ? 18 : 24;
      if (size < floor && r.smallText.length < 5) { r.smallText.push(size + 'px "' + t.textContent.trim().slice(0, 40) + '"'); }
    }
    out.push(r);
  }
  return JSON.stringify(out);
})()
