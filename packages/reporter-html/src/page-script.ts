/**
 * The page's one script: reads the embedded JSON (`#report-data`) and builds the page with DOM
 * calls and `textContent` only (report text never goes through `innerHTML`), then wires the
 * filters. It runs under the page's CSP by its hash; it loads nothing.
 */
export const PAGE_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var SEVERITIES = ['error', 'warning', 'info'];

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) for (var key in attrs) {
      if (attrs[key] === undefined || attrs[key] === null) continue;
      if (key === 'text') node.textContent = attrs[key];
      else if (key === 'className') node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    }
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }
  function plural(n, noun) { return n + ' ' + noun + (n === 1 ? '' : 's'); }
  function percent(part, whole) { return (100 * part / whole).toFixed(3) + '%'; }

  function renderSummary() {
    var s = data.summary;
    var problems = s.errors + s.warnings + s.infos;
    var root = document.getElementById('summary');
    root.appendChild(el('h1', { text: 'listinglint report' }));
    var counts = el('p', { className: 'counts' }, [
      el('span', { className: 'count error', text: plural(s.errors, 'error') }),
      el('span', { className: 'count warning', text: plural(s.warnings, 'warning') }),
      el('span', { className: 'count info', text: s.infos + ' info' })
    ]);
    root.appendChild(counts);
    root.appendChild(el('p', { className: 'checked', text: (problems === 0 ? 'No problems. ' : '') +
      plural(s.files, 'file') + ', ' + plural(s.listings, 'listing') + ', ' + plural(s.images, 'image') + ' checked' +
      (s.suppressed ? '; ' + plural(s.suppressed, 'finding') + ' suppressed by the baseline' : '') + '.' }));
  }

  function row(label, value) {
    return el('tr', null, [el('th', { scope: 'row', text: label }), el('td', { text: value })]);
  }

  function renderEvidence() {
    var root = document.getElementById('evidence');
    root.appendChild(el('h2', { text: 'Evidence' }));
    if (data.runs.length === 0) {
      root.appendChild(el('p', { text: data.tool.name + ' ' + data.tool.version + '; this report carries no run record.' }));
      return;
    }
    data.runs.forEach(function (run, index) {
      var rows = [
        row('Started', run.startedAt),
        row('listinglint', run.toolVersion),
        row('Git commit', run.git ? run.git.commit + (run.git.dirty ? ' (uncommitted changes)' : ' (clean)') : 'not in a git repository'),
        row('Config', run.config ? run.config.path + '  sha256:' + run.config.hash : 'none (defaults)'),
        row('Presets', run.presets.length ? run.presets.map(function (p) { return p.name + '@' + p.version; }).join(', ') : 'none'),
        row('OCR', run.ocr.enabled ? [run.ocr.engine, run.ocr.model].filter(Boolean).join(', ') || 'on, no image read' : 'off')
      ];
      run.watchlists.forEach(function (w) {
        rows.push(row('Watchlist', w.path + '  ' + plural(w.marks, 'mark') + '  sha256:' + w.hash));
      });
      var table = el('table', { className: 'evidence' }, [el('tbody', null, rows)]);
      if (data.runs.length > 1) root.appendChild(el('h3', { text: 'Shard ' + (index + 1) }));
      root.appendChild(table);
    });
  }

  function renderFilters() {
    var root = document.getElementById('filters');
    SEVERITIES.forEach(function (severity) {
      var box = el('input', { type: 'checkbox', id: 'show-' + severity, 'data-severity': severity });
      box.checked = true;
      box.addEventListener('change', applyFilters);
      root.appendChild(el('label', { className: 'filter ' + severity }, [box, document.createTextNode(' ' + severity)]));
    });
    var select = el('select', { id: 'rule-filter', 'aria-label': 'Rule' }, [el('option', { value: '', text: 'all rules' })]);
    data.rules.forEach(function (rule) { select.appendChild(el('option', { value: rule.id, text: rule.id + ' (' + rule.count + ')' })); });
    select.addEventListener('change', applyFilters);
    root.appendChild(el('label', { className: 'filter' }, [document.createTextNode('Rule '), select]));
  }

  function renderExcerpt(excerpt) {
    return el('pre', { className: 'excerpt' }, [
      el('span', { className: 'gutter', text: excerpt.line + ' | ' }),
      document.createTextNode(excerpt.before),
      el('mark', { text: excerpt.match }),
      document.createTextNode(excerpt.after)
    ]);
  }

  function renderFinding(finding) {
    var head = el('div', { className: 'head' }, [
      el('span', { className: 'position', text: finding.position }),
      el('span', { className: 'severity', text: finding.severity }),
      el('a', { className: 'rule', href: /^https?:\/\//.test(finding.url) ? finding.url : undefined, text: finding.ruleId })
    ]);
    var parts = [head, el('p', { className: 'message', text: finding.message })];
    if (finding.place) parts.push(el('p', { className: 'detail', text: finding.place }));
    if (finding.image) {
      var b = finding.image.bbox;
      parts.push(el('p', { className: 'detail', text: 'image ' + finding.image.path + ', box x=' + b.x + ' y=' + b.y + ' ' + b.width + '×' + b.height +
        ' px, OCR confidence ' + Math.round(finding.image.confidence * 100) + '%' }));
    }
    if (finding.excerpt) parts.push(renderExcerpt(finding.excerpt));
    return el('li', { className: 'finding ' + finding.severity, 'data-fingerprint': finding.fingerprint,
      'data-severity': finding.severity, 'data-rule': finding.ruleId }, parts);
  }

  function renderImage(image) {
    var frame;
    if (image.embedded) {
      frame = el('div', { className: 'frame' }, [el('img', { src: image.embedded.dataUri, alt: image.path })]);
      image.boxes.forEach(function (box) {
        var node = el('div', { className: 'box ' + box.severity, 'data-fingerprint': box.fingerprint,
          'data-severity': box.severity, 'data-rule': box.ruleId, title: box.ruleId + ': ' + box.label },
          [el('span', { className: 'label', text: box.label })]);
        node.style.setProperty('left', percent(box.bbox.x, image.embedded.width));
        node.style.setProperty('top', percent(box.bbox.y, image.embedded.height));
        node.style.setProperty('width', percent(box.bbox.width, image.embedded.width));
        node.style.setProperty('height', percent(box.bbox.height, image.embedded.height));
        frame.appendChild(node);
      });
    } else {
      frame = el('p', { className: 'detail', text: 'The image is not embedded in this report.' });
    }
    return el('figure', { className: 'image' }, [frame, el('figcaption', { text: image.path })]);
  }

  function renderFiles() {
    var root = document.getElementById('files');
    if (data.files.length === 0) { root.appendChild(el('p', { className: 'clean', text: 'No findings.' })); return; }
    data.files.forEach(function (file) {
      var section = el('section', { className: 'file' }, [el('h2', { text: file.path })]);
      file.listings.forEach(function (listing) {
        var group = el('div', { className: 'listing' });
        if (listing.sku) group.appendChild(el('h3', { text: 'SKU ' + listing.sku }));
        group.appendChild(el('ul', { className: 'findings' }, listing.findings.map(renderFinding)));
        if (listing.images.length) group.appendChild(el('div', { className: 'images' }, listing.images.map(renderImage)));
        section.appendChild(group);
      });
      root.appendChild(section);
    });
  }

  function applyFilters() {
    var shown = {};
    SEVERITIES.forEach(function (s) { shown[s] = document.getElementById('show-' + s).checked; });
    var rule = document.getElementById('rule-filter').value;
    document.querySelectorAll('[data-fingerprint]').forEach(function (node) {
      node.hidden = !(shown[node.getAttribute('data-severity')] && (rule === '' || node.getAttribute('data-rule') === rule));
    });
    document.querySelectorAll('.listing, .file').forEach(function (group) {
      group.hidden = group.querySelector('.finding:not([hidden])') === null;
    });
    document.querySelectorAll('figure.image').forEach(function (figure) {
      figure.hidden = figure.querySelector('.box') !== null && figure.querySelector('.box:not([hidden])') === null;
    });
  }

  renderSummary();
  renderEvidence();
  renderFilters();
  renderFiles();
})();
`;
