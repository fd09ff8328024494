// The dashboard's world map: held meetings per country, coloured by count, as an SVG drawn with
// d3-geo (Natural Earth projection) from world-atlas's 1:110m country outlines. Both come from pinned
// npm packages the build copies under /vendor (streams-app/pom.xml); nothing is loaded from a CDN.
// world-atlas names countries by ISO 3166-1 numeric code; i18n-iso-countries's codes.json maps them
// to the alpha-2 codes of the API; the names shown beside codes come from GET /api/countries, the
// extractor's own gazetteer, so the page names a country as the pipeline does.
// Exposes window.NewswireMap: load(), draw(rows, countName, onSelect), countryName(code).
(function () {
  'use strict';
  const SVG = 'http://www.w3.org/2000/svg';
  const WIDTH = 960;
  const HEIGHT = 470;
  // Light to dark: five classes on a square-root scale, so one busy country does not wash out the rest.
  const SHADES = ['#dbe7fb', '#a9c5f3', '#6f9ee8', '#3a74d6', '#1d4fa3'];
  const NO_DATA = '#eef0f3';
  // Outlines without an ISO numeric id in world-atlas, by their Natural Earth name.
  const UNCODED = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };

  let shapes = null;      // [{code, name, d}] once loaded
  let names = new Map();  // alpha-2 -> English name
  let loading = null;

  async function json(path) {
    const response = await fetch(path);
    if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
    return response.json();
  }

  function load() {
    if (!loading) {
      loading = Promise.all([
        json('/vendor/world-atlas/package/countries-110m.json'),
        json('/vendor/i18n-iso-countries/package/codes.json'),
        json('/api/countries')
      ]).then(([world, codes, known]) => {
        const alpha2 = new Map(codes.map((c) => [c[2], c[0]]));
        names = new Map(known.countries.map((c) => [c.code, c.name]));
        // Antarctica hosts no meetings and would take a fifth of the height.
        const land = topojson.feature(world, world.objects.countries).features
          .filter((f) => f.properties.name !== 'Antarctica');
        const projection = d3.geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'FeatureCollection', features: land });
        const path = d3.geoPath(projection);
        shapes = land.map((f) => {
            const code = alpha2.get(f.id) || UNCODED[f.properties.name] || null;
            return { code, name: (code && names.get(code)) || f.properties.name, d: path(f) };
          });
        return shapes;
      });
    }
    return loading;
  }

  function countryName(code) {
    return names.get(code) || null;
  }

  // The lowest count of each shade: a square-root scale from 1 to the largest count, in whole numbers,
  // so the legend and the colours agree exactly.
  function thresholds(max) {
    return SHADES.map((_, i) => Math.max(1, Math.ceil(max * (i / SHADES.length) ** 2)));
  }

  function shade(n, max) {
    if (!n) return NO_DATA;
    const t = thresholds(max);
    let i = 0;
    while (i + 1 < t.length && n >= t[i + 1]) i++;
    return SHADES[i];
  }

  // rows: [{country, day, <countName>}] of one range; onSelect(code) when a country is clicked or
  // chosen with Enter. Countries without meetings stay grey and out of the tab order.
  function draw(container, rows, countName, selected, onSelect) {
    const totals = new Map();
    rows.forEach((r) => totals.set(r.country, (totals.get(r.country) || 0) + r[countName]));
    const max = Math.max(1, ...totals.values());
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + WIDTH + ' ' + HEIGHT);
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', 'World map of held meetings per country');
    for (const s of shapes) {
      const n = (s.code && totals.get(s.code)) || 0;
      const p = document.createElementNS(SVG, 'path');
      p.setAttribute('d', s.d);
      p.setAttribute('fill', shade(n, max));
      p.setAttribute('class', 'country' + (s.code && s.code === selected ? ' selected' : ''));
      if (s.code) p.dataset.code = s.code;
      p.dataset.count = String(n);
      const label = s.name + (s.code ? ' (' + s.code + ')' : '') + ': ' + n + (n === 1 ? ' meeting' : ' meetings');
      const title = document.createElementNS(SVG, 'title');
      title.textContent = label;
      p.append(title);
      if (n > 0 && s.code) {
        p.setAttribute('tabindex', '0');
        p.setAttribute('role', 'button');
        p.setAttribute('aria-label', label + '; select to filter the list');
        p.addEventListener('click', () => onSelect(s.code));
        p.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onSelect(s.code);
          }
        });
      }
      svg.append(p);
    }
    container.replaceChildren(svg);
    return { countries: [...totals.keys()].filter((c) => shapes.some((s) => s.code === c)).length, max };
  }

  // The counts each shade stands for ('1', '2–3', ...); shades no count reaches are left out.
  function legend(container, max) {
    const t = thresholds(max);
    const items = [];
    SHADES.forEach((color, i) => {
      const from = t[i];
      const to = i === SHADES.length - 1 ? max : t[i + 1] - 1;
      if (from > to) return;
      const span = document.createElement('span');
      const swatch = document.createElement('i');
      swatch.style.background = color;
      span.append(swatch, document.createTextNode(from === to ? String(from) : from + '–' + to));
      items.push(span);
    });
    container.replaceChildren(...items);
  }

  window.NewswireMap = { load, draw, legend, countryName };
}());
