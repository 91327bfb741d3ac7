// Slide navigation and layout on a fixed 1280x720 stage.
// Keys (reveal.js-style, and what a presenter's clicker sends): Right/Space/PageDown/n/Enter = next step
// (fragments first, then every slide in order, vertical ones included), Left/PageUp/p/Backspace = previous
// step, Down/Up = within a column, Home/End, s = speaker view (a second window with the notes).
// Location hash #/column/row links to a slide, on load and after it.
//
// Before the first slide shows, every slide is made to fit the stage, whatever notebook it came from:
//  - tables are cut to at most MAX_COLUMNS columns and MAX_ROWS rows per table (the first column repeats,
//    further rows and columns continue in another table); source and URL columns, and the full text of
//    long cells, move to the speaker notes, with a one-line footnote saying so;
//  - plots get legible fonts (ticks and legends 18 px, axis titles 20 px) and no mode bar;
//  - content that runs past the stage continues on a new vertical slide below, under the same heading:
//    at a block boundary where possible, else inside a block (between paragraphs, list items, table rows
//    or lines of output), and a figure too tall for what is left is shrunk (down to MIN_FIGURE px) or moved.
(function () {
  'use strict';
  var STAGE_W = 1280, STAGE_H = 720, MAX_COLUMNS = 7, MAX_ROWS = 12, LONG_CELL = 90, MIN_FIGURE = 340, MAX_FIGURE = 600;
  var PLOT_TEXT = 18, PLOT_AXIS_TITLE = 20;
  var deck = document.getElementById('deck');
  var bar = document.getElementById('progress');
  var slides = [];
  var index = 0;
  var speaker = null;
  var started = Date.now();

  function fit() {
    var scale = Math.min(window.innerWidth / STAGE_W, window.innerHeight / STAGE_H);
    deck.style.transform = 'scale(' + scale + ')';
    deck.style.left = ((window.innerWidth - STAGE_W * scale) / 2) + 'px';
    deck.style.top = ((window.innerHeight - STAGE_H * scale) / 2) + 'px';
  }

  function text(el) { return (el.textContent || '').replace(/\s+/g, ' ').trim(); }

  function element(tag, className, content) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (content !== undefined) { e.textContent = content; }
    return e;
  }

  // ---- tables ---------------------------------------------------------------------------------------

  function rowsOf(table) {
    var body = table.tBodies.length ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
    if (!table.tHead && body.length) { return { head: body[0], body: body.slice(1) }; }
    return { head: table.tHead ? table.tHead.rows[0] : null, body: body };
  }

  function isSourceColumn(head, body, c) {
    var name = head && head.cells[c] ? text(head.cells[c]) : '';
    if (/(^|[\s_])(source|sources|url|urls|source_url|source_urls|link)s?($|[\s_(])/i.test(name)) { return true; }
    var links = 0, filled = 0;
    body.forEach(function (r) {
      var t = r.cells[c] ? text(r.cells[c]) : '';
      if (t && t !== '…') { filled++; if (/^https?:\/\/\S+$/.test(t.split(/\s*;\s*/)[0])) { links++; } }
    });
    return filled > 0 && links * 2 > filled;
  }

  // The site of a source: its first URL's host, also inside "file.md:12 (https://...)" as the ledgers cite.
  function hostOf(source) {
    var m = /https?:\/\/([^/\s)]+)/.exec(source);
    return m ? m[1].replace(/^www\./, '') : source;
  }

  function slimTable(table) {
    if (table.dataset.slim) { return; }
    table.dataset.slim = '1';
    var parts = rowsOf(table);
    var head = parts.head, body = parts.body;
    var width = head ? head.cells.length : (body[0] ? body[0].cells.length : 0);
    var caption = table.caption ? text(table.caption) : '';
    var notes = element('ul');
    var fullCaption = caption;
    if (caption.length > LONG_CELL) { // a caption that is a paragraph (a computed reason) goes whole to the notes
      caption = caption.slice(0, Math.max(caption.slice(0, LONG_CELL - 10).lastIndexOf(' '), LONG_CELL / 2)) + ' …';
    }
    var hosts = [];
    var label = function (r) { return r.cells[0] ? text(r.cells[0]) : ''; };
    // Sources and URLs go to the notes, per row; the slide keeps a footnote naming the sites.
    for (var c = width - 1; c >= 1; c--) {
      if (!isSourceColumn(head, body, c)) { continue; }
      var columnName = head ? text(head.cells[c]) : 'source';
      body.forEach(function (r) {
        var cell = r.cells[c];
        var t = cell ? text(cell) : '';
        if (t && t !== '…') {
          var li = element('li', '', label(r) + ' — ' + columnName + ': ' + t);
          notes.appendChild(li);
          t.split(/\s*;\s*/).forEach(function (u) { var h = hostOf(u); if (hosts.indexOf(h) < 0) { hosts.push(h); } });
        }
        if (cell) { cell.remove(); }
      });
      if (head && head.cells[c]) { head.cells[c].remove(); }
      body.forEach(function (r) { if (r.cells.length === 1 && r.cells[0].colSpan > 1) { r.cells[0].colSpan -= 1; } });
      width--;
    }
    // Long text is cut on the slide; the whole text is in the notes. Long identifiers (metric_names,
    // owner/repo) may break after _ and / rather than widen the table.
    (head ? [head] : []).concat(body).forEach(function (r) {
      Array.prototype.forEach.call(r.cells, function (cell) {
        if (cell.children.length === 0 && /[_\/]\S{6,}/.test(cell.textContent)) {
          cell.textContent = cell.textContent.replace(/([_\/])(?=\S)/g, '$1\u200b');
        }
      });
    });
    body.forEach(function (r) {
      Array.prototype.forEach.call(r.cells, function (cell, k) {
        var t = text(cell).replace(/\u200b/g, '');
        if (t.length > LONG_CELL && cell.children.length === 0) {
          var cut = t.slice(0, LONG_CELL - 10);
          cut = cut.slice(0, Math.max(cut.lastIndexOf(' '), LONG_CELL / 2)) + ' …';
          cell.textContent = cut;
          notes.appendChild(element('li', '', label(r) + ' — ' + (head && head.cells[k] ? text(head.cells[k]) : '') + ': ' + t));
        }
      });
    });
    var container = table.closest('.umbrella-table') || table;
    var note = container.querySelector ? container.querySelector('.umbrella-note') : null;
    if (note) { note.remove(); } // "3 rows × 7 columns" is for notebook readers, not for a room
    var pieces = [];
    // Wide tables: the first column and up to MAX_COLUMNS - 1 others per piece.
    var groups = [];
    for (var from = 1; from < Math.max(width, 2); from += MAX_COLUMNS - 1) {
      groups.push([from, Math.min(width, from + MAX_COLUMNS - 1)]);
    }
    groups.forEach(function (g, gi) {
      var rowChunks = Math.max(1, Math.ceil(body.length / MAX_ROWS));
      var perChunk = Math.ceil(body.length / rowChunks);
      for (var k = 0; k < rowChunks; k++) {
        var piece = table.cloneNode(false);
        piece.removeAttribute('data-slim');
        piece.dataset.slim = '1';
        var more = [];
        if (groups.length > 1) { more.push('columns ' + (gi === 0 ? 1 : g[0] + 1) + '–' + g[1] + ' of ' + width); }
        if (rowChunks > 1) { more.push('rows ' + (k * perChunk + 1) + '–' + Math.min(body.length, (k + 1) * perChunk) + ' of ' + body.length); }
        if (caption || more.length) {
          var cap = element('caption', '', caption + (more.length ? (caption ? ' (' : '(') + more.join(', ') + ')' : ''));
          piece.appendChild(cap);
        }
        if (head) { var thead = element('thead'); thead.appendChild(pick(head, g)); piece.appendChild(thead); }
        var tbody = element('tbody');
        body.slice(k * perChunk, (k + 1) * perChunk).forEach(function (r) { tbody.appendChild(pick(r, g)); });
        piece.appendChild(tbody);
        pieces.push(piece);
      }
    });
    var anchor = container;
    var wrapper = element('div', 'table-part');
    anchor.parentNode.insertBefore(wrapper, anchor);
    pieces.forEach(function (p, i) {
      var part = i === 0 ? wrapper : element('div', 'table-part');
      if (i > 0) { anchor.parentNode.insertBefore(part, anchor); }
      part.appendChild(p);
    });
    var last = anchor.previousSibling;
    if (hosts.length) {
      last.appendChild(element('p', 'footnote', 'Sources: ' + hosts.join(', ') + ' (links in the speaker notes)'));
    }
    if (notes.children.length || fullCaption !== caption) {
      var aside = element('aside', 'notes');
      aside.appendChild(element('p', '', (fullCaption || 'Table') + ':'));
      aside.appendChild(notes);
      last.appendChild(aside);
    }
    anchor.remove();
  }

  function columnCount(table) {
    var row = table.rows[0];
    return row ? Array.prototype.reduce.call(row.cells, function (n, c) { return n + c.colSpan; }, 0) : 0;
  }

  /**
   * A table still wider than the slide (long words, many numbers) is split in two by columns, the first column
   * repeated in both, and each half again while it is too wide.
   */
  function narrow(table, available) {
    var columns = columnCount(table);
    if (table.getBoundingClientRect().width / scale() <= available || columns <= 2) { return; }
    var keep = 1 + Math.ceil((columns - 1) / 2);
    var rest = table.cloneNode(false);
    if (table.caption) { rest.appendChild(element('caption', '', text(table.caption) + ' (more columns)')); }
    Array.prototype.forEach.call(table.rows, function (r) {
      var target = r.parentNode.tagName === 'THEAD' ? (rest.tHead || rest.createTHead())
        : (rest.tBodies[0] || rest.appendChild(element('tbody')));
      var copy = r.cloneNode(false);
      var cells = r.cells;
      if (cells.length === 1 && cells[0].colSpan > 1) { // the "…" gap row spans every column
        var gap = cells[0].cloneNode(true);
        gap.colSpan = columns - keep + 1;
        cells[0].colSpan = keep;
        copy.appendChild(gap);
      } else {
        copy.appendChild(cells[0].cloneNode(true));
        while (r.cells.length > keep) { copy.insertBefore(r.cells[keep], null); }
      }
      target.appendChild(copy);
    });
    var part = element('div', 'table-part');
    part.appendChild(rest);
    var holder = table.closest('.table-part') || table;
    holder.parentNode.insertBefore(part, holder.nextSibling);
    narrow(table, available);
    narrow(rest, available);
  }

  function pick(row, group) {
    var copy = row.cloneNode(false);
    var cells = row.cells;
    if (cells.length === 1 && cells[0].colSpan > 1) { // the "…" gap row of a shortened table
      var gap = cells[0].cloneNode(true);
      gap.colSpan = group[1] - group[0] + 1;
      copy.appendChild(gap);
      return copy;
    }
    if (cells[0]) { copy.appendChild(cells[0].cloneNode(true)); }
    for (var c = group[0]; c < group[1] && c < cells.length; c++) { copy.appendChild(cells[c].cloneNode(true)); }
    return copy;
  }

  // ---- plots ----------------------------------------------------------------------------------------

  function legiblePlot(plot) {
    if (!window.Plotly || !plot._fullLayout) { return; }
    var update = { 'legend.font.size': PLOT_TEXT, 'font.size': PLOT_TEXT };
    Object.keys(plot._fullLayout).forEach(function (key) {
      if (/^[xy]axis\d*$/.test(key)) {
        update[key + '.tickfont.size'] = PLOT_TEXT;
        update[key + '.title.font.size'] = PLOT_AXIS_TITLE;
        update[key + '.automargin'] = true; // larger tick labels get the room they need, never clipped
      }
    });
    if (plot._fullLayout.title && plot._fullLayout.title.text) { update['title.font.size'] = 28; }
    window.Plotly.relayout(plot, update);
    var texts = [];
    (plot.data || []).forEach(function (trace, i) { if (/text/.test(trace.mode || '')) { texts.push(i); } });
    if (texts.length) { window.Plotly.restyle(plot, { 'textfont.size': PLOT_TEXT }, texts); }
  }

  function plotHeight(plot, height) {
    if (window.Plotly && plot._fullLayout) { window.Plotly.relayout(plot, { height: height }); }
  }

  // ---- pagination -----------------------------------------------------------------------------------

  function limit(section) {
    return STAGE_H - parseFloat(getComputedStyle(section).paddingBottom);
  }

  function scale() {
    return deck.getBoundingClientRect().width / STAGE_W || 1;
  }

  /** Top and bottom of an element's border box in stage pixels from the top of its slide. */
  function topOf(el, section) {
    return (el.getBoundingClientRect().top - section.getBoundingClientRect().top) / scale();
  }

  function bottomOf(el, section) {
    return (el.getBoundingClientRect().bottom - section.getBoundingClientRect().top) / scale();
  }

  function flowChildren(el) {
    return Array.prototype.filter.call(el.children, function (c) {
      return !c.matches('aside.notes, script, style') && getComputedStyle(c).display !== 'none';
    });
  }

  /**
   * Margins below the last visible box (a table's, when hidden notes follow it, so it is no last child) that still
   * count in the slide's height: the stage must hold them too.
   */
  function trailing(section) {
    var blocks = flowChildren(section);
    var bottom = 0;
    blocks.forEach(function (b) { bottom = Math.max(bottom, bottomOf(b, section)); });
    return Math.max(0, section.scrollHeight - parseFloat(getComputedStyle(section).paddingBottom) - bottom);
  }

  function overflowing(section) {
    var edge = limit(section) - trailing(section) + 1;
    var blocks = flowChildren(section);
    for (var i = 0; i < blocks.length; i++) {
      if (bottomOf(blocks[i], section) > edge) { return i; }
    }
    return -1;
  }

  // Moves what overflows `el` (children from the first that ends below `edge`) into a shallow copy of it;
  // returns the copy, or null when nothing can be split off.
  function splitInside(el, edge, section) {
    if (el.matches('.figure, .js-plotly-plot, img, svg, .image')) { return null; }
    if (el.tagName === 'TABLE') { return splitTable(el, edge, section); }
    if (el.tagName === 'PRE') { return splitPre(el, edge, section); }
    var kids = flowChildren(el);
    for (var i = 0; i < kids.length; i++) {
      if (bottomOf(kids[i], section) <= edge) { continue; }
      var copy = el.cloneNode(false);
      copy.removeAttribute('id');
      if (i > 0) {
        if (el.tagName === 'OL') { copy.setAttribute('start', String(parseInt(el.getAttribute('start') || '1', 10) + i)); }
        moveFrom(kids[i], copy);
        return copy;
      }
      var inner = splitInside(kids[i], edge, section);
      if (!inner) { return null; }
      copy.appendChild(inner);
      moveFrom(kids[i].nextSibling, copy);
      return copy;
    }
    return null;
  }

  /** Moves `first` and its following siblings into `target`, except notes (they stay with the slide they annotate). */
  function moveFrom(first, target) {
    for (var node = first; node;) {
      var next = node.nextSibling;
      if (!(node.nodeType === 1 && node.matches('aside.notes'))) { target.appendChild(node); }
      node = next;
    }
  }

  function splitTable(table, edge, section) {
    var body = table.tBodies[0];
    if (!body) { return null; }
    var rows = Array.prototype.slice.call(body.rows);
    for (var i = 1; i < rows.length; i++) {
      if (bottomOf(rows[i], section) > edge) {
        var copy = table.cloneNode(false);
        if (table.caption) { copy.appendChild(element('caption', '', text(table.caption) + ' (continued)')); }
        if (table.tHead) { copy.appendChild(table.tHead.cloneNode(true)); }
        var tbody = element('tbody');
        rows.slice(i).forEach(function (r) { tbody.appendChild(r); });
        copy.appendChild(tbody);
        return copy;
      }
    }
    return null;
  }

  function splitPre(pre, edge, section) {
    var holder = pre.children.length === 1 ? pre.firstElementChild : pre;
    if (holder.children.length > 0) { return null; }
    var all = holder.textContent;
    var lines = all.replace(/\n$/, '').split('\n');
    var lo = 1, hi = lines.length - 1, keep = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      holder.textContent = lines.slice(0, mid).join('\n');
      if (bottomOf(pre, section) <= edge) { keep = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    if (keep === 0) { holder.textContent = all; return null; }
    holder.textContent = lines.slice(0, keep).join('\n');
    var copy = pre.cloneNode(true);
    (copy.children.length === 1 ? copy.firstElementChild : copy).textContent = lines.slice(keep).join('\n');
    return copy;
  }

  /** A new vertical slide right after `section`, headed by the heading it continues. */
  function continuation(section) {
    var next = section.cloneNode(false);
    next.classList.remove('current');
    next.dataset.continued = '1';
    // the slide's own heading, else the heading its column opened with
    var heading = section.querySelector('h1, h2, h3, .continued');
    for (var prev = section.previousElementSibling; !heading && prev && prev.dataset.h === section.dataset.h;
      prev = prev.previousElementSibling) {
      heading = prev.querySelector('h1, h2, h3');
    }
    if (heading) { next.appendChild(element('div', 'block continued', text(heading))); }
    section.parentNode.insertBefore(next, section.nextSibling);
    return next;
  }

  function paginate(section) {
    for (var guard = 0; guard < 40; guard++) {
      var first = overflowing(section);
      if (first < 0) { return; }
      var edge = limit(section) - trailing(section);
      var blocks = flowChildren(section);
      var block = blocks[first];
      var leading = first === 0 || (first === 1 && blocks[0].classList.contains('continued'));
      var plots = block.querySelectorAll('.js-plotly-plot');
      if (plots.length === 1 && !block.querySelector('table, pre')) {
        // A figure: shrink it into the space left while it stays legible, else it opens its own slide.
        var plot = plots[0];
        var room = edge - topOf(plot, section) - (bottomOf(block, section) - bottomOf(plot, section));
        if (room >= MIN_FIGURE) { plotHeight(plot, Math.floor(room) - 2); continue; }
        if (leading) { plotHeight(plot, MIN_FIGURE); return; }
        moveFrom(block, continuation(section));
        continue;
      }
      // Most of the slide still free: split the block itself; else move it whole to the next slide.
      var split = leading || topOf(block, section) < STAGE_H * 0.45 ? splitInside(block, edge, section) : null;
      if (split) {
        var next = continuation(section);
        next.appendChild(split);
        moveFrom(block.nextSibling, next);
      } else if (!leading) {
        moveFrom(block, continuation(section));
      } else {
        return; // one block that cannot be split: the browser test names it
      }
    }
  }

  /** A slide whose one figure leaves free space below gets a taller figure (up to MAX_FIGURE px). */
  function grow(section) {
    var plots = section.querySelectorAll('.js-plotly-plot');
    if (plots.length !== 1) { return; }
    var blocks = flowChildren(section);
    var last = blocks[blocks.length - 1];
    if (!last || !last.contains(plots[0])) { return; } // only a figure at the bottom may grow into the space below it
    var free = limit(section) - trailing(section) - bottomOf(last, section) - 2;
    var height = plots[0].getBoundingClientRect().height / scale();
    if (free > 8) { plotHeight(plots[0], Math.floor(Math.min(MAX_FIGURE, height + free))); }
  }

  function numberSlides() {
    slides = Array.prototype.slice.call(document.querySelectorAll('section.slide'));
    var v = 0, h = null;
    slides.forEach(function (s) {
      if (s.dataset.h !== h) { h = s.dataset.h; v = 0; }
      s.dataset.v = String(v++);
    });
  }

  function layout() {
    Array.prototype.forEach.call(document.querySelectorAll('section.slide table'), slimTable);
    Array.prototype.forEach.call(document.querySelectorAll('section.slide table'), function (t) {
      var section = t.closest('section.slide');
      var style = getComputedStyle(section);
      narrow(t, STAGE_W - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    });
    Array.prototype.forEach.call(document.querySelectorAll('section.slide .js-plotly-plot'), legiblePlot);
    // Continuations are inserted right after the slide they continue, so this walk paginates them too.
    for (var s = deck.querySelector('section.slide'); s; s = s.nextElementSibling) {
      if (s.matches('section.slide')) { paginate(s); grow(s); }
    }
    numberSlides();
  }

  // ---- navigation -----------------------------------------------------------------------------------

  function fragments(slide, visible) {
    return Array.prototype.slice.call(slide.querySelectorAll(visible ? '.fragment.visible' : '.fragment:not(.visible)'));
  }

  function show(i, revealAll) {
    if (slides.length === 0) { return; }
    index = Math.max(0, Math.min(slides.length - 1, i));
    slides.forEach(function (s, k) { s.classList.toggle('current', k === index); });
    var slide = slides[index];
    fragments(slide, !revealAll).forEach(function (f) { f.classList.toggle('visible', revealAll); });
    var hash = '#/' + slide.dataset.h + '/' + slide.dataset.v;
    if (window.location.hash !== hash && window.history && history.replaceState) {
      history.replaceState(null, '', hash);
    }
    bar.style.width = (slides.length > 1 ? 100 * index / (slides.length - 1) : 100) + '%';
    if (window.Plotly) {
      slide.querySelectorAll('.js-plotly-plot').forEach(function (p) { window.Plotly.Plots.resize(p); });
    }
    updateSpeaker();
  }

  function next() {
    var hidden = fragments(slides[index], false);
    if (hidden.length) { hidden[0].classList.add('visible'); updateSpeaker(); return; }
    if (index < slides.length - 1) { show(index + 1, false); }
  }

  function previous() {
    var shown = fragments(slides[index], true);
    if (shown.length) { shown[shown.length - 1].classList.remove('visible'); updateSpeaker(); return; }
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

  function fromHash() {
    var m = /^#\/(\d+)(?:\/(\d+))?$/.exec(window.location.hash);
    if (!m) { return -1; }
    return find(m[1], m[2] || '0');
  }

  // ---- speaker view ---------------------------------------------------------------------------------

  function notesOf(slide) {
    return Array.prototype.map.call(slide.querySelectorAll('aside.notes'), function (n) { return n.innerHTML; }).join('');
  }

  function titleOf(slide) {
    var h = slide ? slide.querySelector('h1, h2, h3, .continued, .figure-title, caption') : null;
    return h ? text(h) : '';
  }

  function openSpeaker() {
    if (speaker && !speaker.closed) { speaker.focus(); return; }
    speaker = window.open('', 'umbrella-speaker-view', 'width=960,height=720');
    if (!speaker) { document.body.classList.toggle('show-notes'); return; } // popup blocked: notes over the slide
    var doc = speaker.document;
    doc.open();
    doc.write('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Speaker view: ' + document.title.replace(/</g, '&lt;')
      + '</title><style>body{font:22px/1.45 system-ui,"DejaVu Sans",sans-serif;margin:24px 32px;color:#1d2430}'
      + '#where{color:#6b7280;font-size:18px}#now{font-size:26px;font-weight:600;margin:8px 0}#notes{margin:12px 0 24px}'
      + '#next{color:#6b7280;border-top:1px solid #d7dbe0;padding-top:8px}#clock{float:right;font-variant-numeric:tabular-nums}</style></head>'
      + '<body><div id="where"><span id="clock"></span><span id="count"></span></div><div id="now"></div><div id="notes"></div>'
      + '<div id="next"></div></body></html>');
    doc.close();
    doc.addEventListener('keydown', onKey);
    updateSpeaker();
  }

  function updateSpeaker() {
    if (!speaker || speaker.closed) { return; }
    var doc = speaker.document;
    var slide = slides[index];
    var pending = fragments(slide, false).length;
    doc.getElementById('count').textContent = 'Slide ' + (index + 1) + ' of ' + slides.length + ' (#/' + slide.dataset.h + '/' + slide.dataset.v + ')'
      + (pending ? ', ' + pending + ' step' + (pending > 1 ? 's' : '') + ' to go on this slide' : '');
    doc.getElementById('now').textContent = titleOf(slide);
    var notes = notesOf(slide);
    doc.getElementById('notes').innerHTML = notes || '<p><em>No notes for this slide.</em></p>';
    doc.getElementById('next').textContent = index + 1 < slides.length ? 'Next: ' + titleOf(slides[index + 1]) : 'Last slide.';
    var minutes = Math.floor((Date.now() - started) / 60000);
    doc.getElementById('clock').textContent = minutes + ' min';
  }

  function onKey(e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    switch (e.key) {
      case 'ArrowRight': case ' ': case 'PageDown': case 'n': case 'Enter': next(); break;
      case 'ArrowLeft': case 'PageUp': case 'p': case 'Backspace': previous(); break;
      case 'ArrowDown': vertical(1); break;
      case 'ArrowUp': vertical(-1); break;
      case 'Home': show(0, false); break;
      case 'End': show(slides.length - 1, true); break;
      case 's': openSpeaker(); break;
      default: return;
    }
    e.preventDefault();
  }

  document.addEventListener('keydown', onKey);
  window.addEventListener('resize', fit);
  window.addEventListener('hashchange', function () {
    var k = fromHash();
    if (k >= 0 && k !== index) { show(k, false); }
  });
  setInterval(updateSpeaker, 30000);

  layout();
  fit();
  var start = fromHash();
  show(start >= 0 ? start : 0, false);
  window.umbrellaSlides = {
    next: next, previous: previous, count: slides.length,
    current: function () { return index; },
    go: function (k, revealAll) { show(k, !!revealAll); },
    notes: function () { return notesOf(slides[index]); },
    speaker: openSpeaker
  };
})();
