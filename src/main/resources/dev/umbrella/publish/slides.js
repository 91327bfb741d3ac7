// Slide navigation, reveal.js-style keys: Right/Space/PageDown/n = next step (fragments first),
// Left/PageUp/p/Backspace = previous step, Down/Up = within a column, Home/End, s = speaker notes.
// Location hash #/column/row links to a slide.
(function () {
  'use strict';
  var deck = document.getElementById('deck');
  var bar = document.getElementById('progress');
  var slides = Array.prototype.slice.call(document.querySelectorAll('section.slide'));
  var index = 0;

  function fit() {
    var scale = Math.min(window.innerWidth / 1280, window.innerHeight / 720);
    deck.style.transform = 'scale(' + scale + ')';
    deck.style.left = ((window.innerWidth - 1280 * scale) / 2) + 'px';
    deck.style.top = ((window.innerHeight - 720 * scale) / 2) + 'px';
  }

  function fragments(slide, visible) {
    return Array.prototype.slice.call(slide.querySelectorAll(visible ? '.fragment.visible' : '.fragment:not(.visible)'));
  }

  function show(i, revealAll) {
    if (slides.length === 0) { return; }
    index = Math.max(0, Math.min(slides.length - 1, i));
    slides.forEach(function (s, k) { s.classList.toggle('current', k === index); });
    var slide = slides[index];
    fragments(slide, !revealAll).forEach(function (f) { f.classList.toggle('visible', revealAll); });
    if (window.history && history.replaceState) {
      history.replaceState(null, '', '#/' + slide.dataset.h + '/' + slide.dataset.v);
    }
    bar.style.width = (slides.length > 1 ? 100 * index / (slides.length - 1) : 100) + '%';
    if (window.Plotly) {
      slide.querySelectorAll('.js-plotly-plot').forEach(function (p) { window.Plotly.Plots.resize(p); });
    }
  }

  function next() {
    var hidden = fragments(slides[index], false);
    if (hidden.length) { hidden[0].classList.add('visible'); return; }
    if (index < slides.length - 1) { show(index + 1, false); }
  }

  function previous() {
    var shown = fragments(slides[index], true);
    if (shown.length) { shown[shown.length - 1].classList.remove('visible'); return; }
    if (index > 0) { show(index - 1, true); }
  }

  function find(h, v) {
    for (var k = 0; k < slides.length; k++) {
      if (slides[k].dataset.h === String(h) && slides[k].dataset.v === String(v)) { return k; }
    }
    return -1;
  }

  function vertical(delta) {
    var s = slides[index];
    var k = find(s.dataset.h, Number(s.dataset.v) + delta);
    if (k >= 0) { show(k, delta < 0); }
  }

  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    switch (e.key) {
      case 'ArrowRight': case ' ': case 'PageDown': case 'n': case 'Enter': next(); break;
      case 'ArrowLeft': case 'PageUp': case 'p': case 'Backspace': previous(); break;
      case 'ArrowDown': vertical(1); break;
      case 'ArrowUp': vertical(-1); break;
      case 'Home': show(0, false); break;
      case 'End': show(slides.length - 1, true); break;
      case 's': document.body.classList.toggle('show-notes'); break;
      default: return;
    }
    e.preventDefault();
  });
  window.addEventListener('resize', fit);

  var start = /^#\/(\d+)\/(\d+)$/.exec(window.location.hash);
  fit();
  show(start ? Math.max(0, find(start[1], start[2])) : 0, false);
  window.umbrellaSlides = { next: next, previous: previous, count: slides.length, current: function () { return index; } };
})();
