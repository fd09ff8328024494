// The newswire dashboard: reads the JSON API of this instance (which gathers every instance)
// and draws meetings per region per day, the map, the top countries, bodies, topics and themes, the latest meetings.
// It redraws when /api/events (server-sent events) announces a committed change, and polls every
// REFRESH_MS while that stream is not connected (an old proxy, a full instance), BACKSTOP_MS while it is.
// Data goes into the page through textContent only, never as HTML.
(function () {
  'use strict';
  const REFRESH_MS = 5000;
  const BACKSTOP_MS = 60000;
  const MAX_BARS = 120;
  const COLORS = ['#2f6fdb', '#e8743b', '#19a979', '#ed4a7b', '#945ecf', '#13a4b4', '#525df4', '#bf399e',
    '#6c8893', '#ee6868', '#2f8f43', '#d4a017', '#8c564b', '#5f7fa8'];
  const $ = (id) => document.getElementById(id);
  let chart = null;
  let chartType = 'bar';
  let timer = null;
  let busy = false;
  let again = false;           // a change arrived while drawing: draw once more after
  let source = null;           // the EventSource of /api/events while live
  let pushed = false;          // true while it is connected
  let soonTimer = null;
  let mapBy = 'participant';   // or 'venue': which country the map counts a meeting under
  // The page's state is in its inputs (range, list filters) and mirrored in the URL, so a view can be bookmarked.
  const URL_FIELDS = { from: 'from', to: 'to', country: 'fCountry', person: 'fPerson', status: 'fStatus', kind: 'fKind' };
  const listCountry = () => ($('fCountry').value.trim().toUpperCase() || null);

  function syncUrl() {
    const params = new URLSearchParams();
    Object.entries(URL_FIELDS).forEach(([name, id]) => {
      const v = $(id).value.trim();
      if (v) params.set(name, name === 'country' ? v.toUpperCase() : v);
    });
    history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params : ''));
  }

  // 'Russia (RU)' where the map's country names are loaded, else the code alone.
  function countryLabel(code) {
    const name = window.NewswireMap && NewswireMap.countryName(code);
    return name ? name + ' (' + code + ')' : code;
  }

  function range() {
    const q = new URLSearchParams();
    if ($('from').value) q.set('from', $('from').value);
    if ($('to').value) q.set('to', $('to').value);
    return q;
  }

  async function fetchJson(path, params) {
    const qs = params && params.toString();
    const response = await fetch(path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.error || (path + ': HTTP ' + response.status));
    return body;
  }

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  function bucketName(row) {
    return row.subregion ? row.region + ' / ' + row.subregion : row.region;
  }

  // One bar per day, week (from Monday), month or year: the shortest period that keeps the chart at
  // most MAX_BARS bars wide, so a range of any length is drawn whole and stays readable.
  const PERIODS = ['day', 'week', 'month', 'year'];

  function periodStart(day, period) {
    if (period === 'year') return day.slice(0, 4);
    if (period === 'month') return day.slice(0, 7);
    if (period === 'day') return day;
    const d = new Date(day + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() - (d.getUTCDay() + 6) % 7);
    return d.toISOString().slice(0, 10);
  }

  function nextPeriod(start, period) {
    if (period === 'year') return String(Number(start) + 1);
    const d = new Date((period === 'month' ? start + '-01' : start) + 'T00:00:00Z');
    if (period === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + (period === 'week' ? 7 : 1));
    return d.toISOString().slice(0, period === 'month' ? 7 : 10);
  }

  function periodsBetween(first, last, period) {
    const out = [];
    for (let p = periodStart(first, period), end = periodStart(last, period); p <= end; p = nextPeriod(p, period)) out.push(p);
    return out;
  }

  function axisFor(first, last) {
    for (const period of PERIODS) {
      const periods = periodsBetween(first, last, period);
      if (periods.length <= MAX_BARS || period === 'year') return { period, periods };
    }
  }

  function drawChart(allRows) {
    const rows = allRows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.day)); // not the 'unknown' day
    const first = $('from').value || (rows.length ? rows[0].day : null);
    const last = $('to').value || (rows.length ? rows[rows.length - 1].day : null);
    const axis = first && last ? axisFor(first, last) : { period: 'day', periods: [] };
    $('chartTitle').textContent = 'Meetings per region per ' + axis.period;
    const buckets = [...new Set(rows.map(bucketName))].sort();
    const index = new Map(axis.periods.map((p, i) => [p, i]));
    const datasets = buckets.map((bucket, i) => {
      const data = new Array(axis.periods.length).fill(0);
      rows.filter((r) => bucketName(r) === bucket).forEach((r) => {
        const p = periodStart(r.day, axis.period);
        if (index.has(p)) data[index.get(p)] += r.meetings;
      });
      const color = COLORS[i % COLORS.length];
      return { label: bucket, data, backgroundColor: color, borderColor: color, fill: false, tension: 0.2, pointRadius: 2 };
    });
    const days = axis.periods;
    if (chart && chart.config.type !== chartType) {
      chart.destroy();
      chart = null;
    }
    if (!chart) {
      chart = new Chart($('perRegion'), {
        type: chartType,
        data: { labels: days, datasets },
        options: {
          animation: false, maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          scales: { x: { stacked: chartType === 'bar' }, y: { stacked: chartType === 'bar', beginAtZero: true, ticks: { precision: 0 } } },
          plugins: { legend: { position: 'bottom' } }
        }
      });
    } else {
      chart.data.labels = days;
      chart.data.datasets = datasets;
      chart.update();
    }
    drawChartTable(axis, datasets);
    $('inView').textContent = days.length
      ? 'in view: ' + first + ' to ' + last + (($('from').value || $('to').value) ? '' : ' (all days with meetings)')
      : 'in view: no held meetings' + (($('from').value || $('to').value) ? ' in this range' : ' yet');
  }

  // The chart's figures as a table (one row per bar, one column per region), for keyboards and screen readers.
  function drawChartTable(axis, datasets) {
    const head = el('tr');
    head.append(el('th', axis.period));
    datasets.forEach((d) => head.append(el('th', d.label, 'n')));
    head.append(el('th', 'total', 'n'));
    $('chartTable').querySelector('thead').replaceChildren(head);
    const rows = axis.periods.map((p, i) => {
      const tr = el('tr');
      tr.append(el('td', p));
      let total = 0;
      datasets.forEach((d) => {
        total += d.data[i];
        tr.append(el('td', String(d.data[i]), 'n'));
      });
      tr.append(el('td', String(total), 'n'));
      return { tr, total };
    }).filter((r) => r.total > 0).map((r) => r.tr);
    $('chartTable').querySelector('tbody').replaceChildren(...rows);
  }

  function drawTop(tableId, rows, countName, keyName = 'country', label = countryLabel) {
    const totals = new Map();
    rows.forEach((r) => totals.set(r[keyName], (totals.get(r[keyName]) || 0) + r[countName]));
    const top = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
    const max = top.length ? top[0][1] : 1;
    const body = $(tableId).querySelector('tbody');
    body.replaceChildren(...top.map(([code, n]) => {
      const tr = el('tr');
      tr.append(el('td', label(code)));
      const td = el('td', null, 'n');
      const bar = el('span', null, 'bar');
      bar.style.width = Math.round(80 * n / max) + 'px';
      td.append(bar, document.createTextNode(String(n)));
      tr.append(td);
      return tr;
    }));
    if (!top.length) {
      const tr = el('tr');
      const td = el('td', 'nothing in this range');
      td.colSpan = 2;
      tr.append(td);
      body.append(tr);
    }
  }

  function person(p) {
    const parts = [p.name || p.organization || p.country || '?'];
    if (p.title) parts.push(p.title);
    if (p.name && p.organization) parts.push(p.organization);
    if (p.country) parts.push((window.NewswireMap && NewswireMap.countryName(p.country)) || p.country);
    if (p.body) parts.push(p.body);
    return parts[0] + (parts.length > 1 ? ' (' + parts.slice(1).join(', ') + ')' : '');
  }

  // Each reporting article: its outlet or file, linked when it has an http(s) URL, with its day and headline.
  function sourcesOf(m) {
    const div = el('div', m.mentions + (m.mentions === 1 ? ' article: ' : ' articles: '), 'sources');
    const sources = m.sources && m.sources.length ? m.sources : m.articleIds.map((id) => ({ articleId: id }));
    sources.forEach((s, i) => {
      if (i > 0) div.append(document.createTextNode(' · '));
      const name = s.provider || (s.source ? s.source.replace(/^.*[\\/]/, '') : null) || s.articleId;
      let node = el('span', name);
      if (s.uri && /^https?:\/\//i.test(s.uri)) {
        node = el('a', name);
        node.href = s.uri;
        node.rel = 'noopener noreferrer';
        node.target = '_blank';
      }
      node.title = [s.headline, s.published, 'id ' + s.articleId].filter(Boolean).join(' · ');
      div.append(node);
      if (s.published) div.append(document.createTextNode(' (' + s.published + ')'));
    });
    return div;
  }

  function drawMeetings(meetings) {
    $('meetings').replaceChildren(...meetings.map((m) => {
      const li = el('li');
      const head = el('div', null, 'head');
      // The aggregates count an undated meeting on its first report's day; the list says the date is not stated.
      const when = m.date ? el('span', m.date, 'day') : el('span', 'date not stated', 'day undated');
      if (!m.date && m.day) when.title = 'counted on ' + m.day + ', the day it was first reported';
      head.append(when, el('span', m.status.toLowerCase(), 'tag'), el('span', m.kind.toLowerCase().replace('_', ' '), 'tag'));
      if (typeof m.confidence === 'number') {
        // the extractor's confidence that this is a real meeting; the cues that decided it on hover
        const confidence = el('span', 'confidence ' + m.confidence.toFixed(2), 'tag');
        confidence.title = (m.cues || []).join(', ');
        head.append(confidence);
      }
      if (m.location) {
        head.append(el('span', [m.location.city, m.location.country].filter(Boolean).join(', ')
          + (m.location.subregion ? ' · ' + m.location.subregion : '')));
      }
      li.append(head, el('div', m.participants.map(person).join(' — '), 'who'));
      li.append(sourcesOf(m));
      (m.evidence || []).slice(0, 2).forEach((e) => li.append(el('blockquote', e.text)));
      return li;
    }));
    if (!meetings.length) $('meetings').append(el('li', 'no meetings in this range'));
  }

  async function refresh() {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    again = false;
    try {
      const q = range();
      const meetingsQuery = new URLSearchParams(q);
      meetingsQuery.set('limit', '15');
      ['country', 'person', 'status', 'kind'].forEach((name) => {
        const v = $(URL_FIELDS[name]).value.trim();
        if (v && (name !== 'person' || v.length >= 2)) meetingsQuery.set(name, v); // the API wants 2 letters of a name
      });
      const [perRegion, perCountry, perBody, topics, meetings, mapCounts, , themes] = await Promise.all([
        fetchJson('/api/meetings/per-region', q), fetchJson('/api/meetings/per-country', q),
        fetchJson('/api/meetings/per-body', q), fetchJson('/api/topics/per-country', q),
        fetchJson('/api/meetings', meetingsQuery),
        mapBy === 'venue' ? fetchJson('/api/meetings/per-venue-country', q) : null,
        mapReady, fetchJson('/api/topics/per-theme', q)]);
      drawChart(perRegion.rows);
      drawMap(mapBy === 'venue' ? mapCounts.rows : perCountry.rows);
      drawTop('countries', perCountry.rows, 'meetings');
      drawTop('bodies', perBody.rows, 'meetings', 'body', (b) => b);
      drawTop('topics', topics.rows, 'mentions');
      drawTop('themes', themes.rows, 'mentions', 'theme', (t) => t);
      drawMeetings(meetings.meetings);
      drawListFilter();
      const incomplete = [perRegion, perCountry, perBody, topics, meetings, mapCounts, themes].filter((a) => a && !a.complete);
      const status = $('status');
      if (incomplete.length) {
        status.textContent = 'incomplete: some partitions are unavailable (rebalancing); retrying';
        status.className = 'warn';
      } else {
        status.textContent = meetings.total + ' meetings · updated ' + new Date().toLocaleTimeString()
          + ($('live').checked ? (pushed ? ' · live: pushed' : ' · live: polling') : '');
        status.className = '';
      }
    } catch (e) {
      $('status').textContent = 'cannot load: ' + e.message;
      $('status').className = 'warn';
    } finally {
      busy = false;
      if (again) soon();
    }
  }

  // Changes come in bursts (one article, several meetings): draw once, shortly after the last.
  function soon() {
    clearTimeout(soonTimer);
    soonTimer = setTimeout(refresh, 250);
  }

  function connect() {
    if (source || !window.EventSource) return;
    source = new EventSource('/api/events');
    source.addEventListener('hello', () => {
      pushed = true;
      schedule();
      soon(); // whatever changed while not connected
    });
    source.addEventListener('meeting', soon);
    source.addEventListener('counts', soon);
    source.addEventListener('error', () => {
      // The browser reconnects by itself (or gives up on a 503); poll meanwhile.
      if (pushed) {
        pushed = false;
        schedule();
      }
    });
  }

  function disconnect() {
    if (source) source.close();
    source = null;
    pushed = false;
  }

  // The map loads its outline once; until then (or if it cannot) the rest of the page still works.
  let mapReady = null;
  function loadMap() {
    mapReady = window.NewswireMap ? NewswireMap.load().catch((e) => {
      $('map').textContent = 'map unavailable: ' + e.message;
      return null;
    }) : Promise.resolve(null);
  }

  function drawMap(rows) {
    if (!window.NewswireMap) return;
    mapReady.then((shapes) => {
      if (!shapes) return;
      const drawn = NewswireMap.draw($('map'), rows, 'meetings', listCountry(), selectCountry);
      NewswireMap.legend($('mapLegend'), drawn.max);
      $('mapTitle').textContent = 'Held meetings per ' + (mapBy === 'venue' ? 'venue' : 'participant') + ' country';
    });
  }

  function selectCountry(code) {
    $('fCountry').value = listCountry() === code ? '' : code;
    syncUrl();
    refresh();
  }

  function drawListFilter() {
    const code = listCountry();
    $('listFilter').hidden = !code;
    $('listFilterText').textContent = code ? 'meetings with ' + countryLabel(code) + ' (participant or venue)' : '';
  }

  function schedule() {
    clearInterval(timer);
    if (!$('live').checked) {
      disconnect();
      return;
    }
    connect();
    timer = setInterval(refresh, pushed ? BACKSTOP_MS : REFRESH_MS);
  }

  document.addEventListener('DOMContentLoaded', () => {
    const params = new URLSearchParams(location.search);
    Object.entries(URL_FIELDS).forEach(([name, id]) => {
      if (params.get(name)) $(id).value = params.get(name);
    });
    loadMap();
    document.querySelectorAll('input[name=mapBy]').forEach((r) => r.addEventListener('change', () => {
      mapBy = r.value;
      refresh();
    }));
    $('clearFilter').addEventListener('click', () => selectCountry(listCountry()));
    $('listFilters').addEventListener('submit', (e) => e.preventDefault());
    ['fCountry', 'fPerson'].forEach((id) => $(id).addEventListener('input', () => {
      syncUrl();
      clearTimeout(soonTimer);
      soonTimer = setTimeout(refresh, 400); // while typing: once it pauses
    }));
    ['fStatus', 'fKind'].forEach((id) => $(id).addEventListener('change', () => {
      syncUrl();
      refresh();
    }));
    ['from', 'to'].forEach((id) => $(id).addEventListener('change', () => {
      syncUrl();
      refresh();
    }));
    $('live').addEventListener('change', schedule);
    document.querySelectorAll('button[data-days]').forEach((b) => b.addEventListener('click', () => {
      const days = Number(b.dataset.days);
      if (days === 0) {
        $('from').value = '';
        $('to').value = '';
      } else {
        const to = new Date();
        const from = new Date(Date.now() - (days - 1) * 86400000);
        $('to').value = to.toISOString().slice(0, 10);
        $('from').value = from.toISOString().slice(0, 10);
      }
      syncUrl();
      refresh();
    }));
    document.querySelectorAll('input[name=chartType]').forEach((r) => r.addEventListener('change', () => {
      chartType = r.value;
      refresh();
    }));
    refresh();
    schedule();
  });
}());
