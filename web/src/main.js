// The analyst's explorer: the timeline, the co-mention graph, the entity
// list and the event panel of one timeline/v1 result, linked through one
// state that the URL keeps. The data comes from the page itself (a
// <script type="application/json" id="timeline-data"> element), so the
// page works from a file with no network.

import css from './style.css';
import { h } from './dom.js';
import { buildModel } from './data.js';
import { palette } from './colors.js';
import { readState, writeState } from './state.js';
import { count, yearSpan } from './format.js';
import { createTimeline } from './timeline.js';
import { createGraph } from './graph.js';
import { createEntityList } from './entities.js';
import { createEventPanel } from './events.js';

function start() {
  document.head.append(h('style', null, css));
  const app = h('div', { class: 'app' });
  document.body.append(app);
  let raw;
  try {
    const el = document.getElementById('timeline-data');
    raw = JSON.parse(el ? el.textContent : 'null');
  } catch (err) {
    app.append(h('div', { class: 'fatal' }, 'The data of this page cannot be read: ', String(err && err.message)));
    return;
  }
  if (!raw || typeof raw !== 'object') {
    app.append(h('div', { class: 'fatal' }, 'This page holds no timeline data.'));
    return;
  }
  run(app, buildModel(raw));
}

function run(app, model) {
  let state = readState(location.hash, model);
  let pal = palette(model, state.color);

  const okDocs = [...model.documents.values()].filter((d) => d.status !== 'error').length;
  const failed = model.documents.size - okDocs;
  const summary = [
    count(okDocs, 'article'), count(model.entities.length, 'entity', 'entities'), count(model.events.length, 'event'),
  ];
  if (model.extent) summary.push(yearSpan(model.extent));
  const reset = h('button', { type: 'button', class: 'btn', title: 'Clear every selection and filter', onclick: () => set({ entity: null, event: null, from: null, to: null, q: '', types: [] }) }, 'Reset view');
  const header = h('header', { class: 'topbar' },
    h('div', { class: 'brand' }, logo(), h('span', null, 'Timeline explorer')),
    h('div', { class: 'summary' }, summary.join(' · '), failed ? h('span', { class: 'warn' }, ` · ${count(failed, 'article')} failed`) : null),
    h('div', { class: 'spacer' }),
    reset);
  const entitiesEl = h('section', { class: 'panel entities' });
  const graphEl = h('section', { class: 'panel graph' });
  const timelineEl = h('section', { class: 'panel timeline' });
  const eventsEl = h('section', { class: 'panel events' });
  app.append(header, entitiesEl, graphEl, timelineEl, eventsEl);

  const hooks = {
    onEntity(id) {
      const patch = { entity: id };
      const ev = state.event && model.eventById.get(state.event);
      if (id && ev && !ev.entities.includes(id)) patch.event = null;
      set(patch);
    },
    onEvent(id) {
      set({ event: id });
    },
    onRange(from, to) {
      set({ from, to });
    },
    onLanes(lanes) {
      set({ lanes });
    },
    onColor(color) {
      set({ color });
    },
    onSearch(q) {
      set({ q });
    },
    onTypes(type) {
      const all = [...new Set(model.entities.map((e) => e.type))];
      let shown = new Set(state.types.length ? state.types : all);
      if (shown.has(type) && shown.size === 1) shown = new Set(all);
      else if (shown.size === all.length) shown = new Set([type]);
      else if (shown.has(type)) shown.delete(type);
      else shown.add(type);
      set({ types: shown.size === all.length ? [] : [...shown].sort() });
    },
    colorOf: (id) => pal.colorOf(id),
  };

  const views = [
    createEntityList(entitiesEl, model, hooks),
    createGraph(graphEl, model, hooks),
    createTimeline(timelineEl, model, hooks),
    createEventPanel(eventsEl, model, hooks),
  ];

  function render() {
    reset.disabled = !(state.entity || state.event || state.from != null || state.q || state.types.length);
    document.title = state.entity
      ? `${model.entityById.get(state.entity)?.name} · Timeline explorer`
      : 'Timeline explorer';
    for (const v of views) v.update(state, pal);
  }

  function set(patch) {
    const before = state;
    state = { ...state, ...patch };
    if (state.color !== before.color) pal = palette(model, state.color);
    const hash = writeState(state);
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      history.replaceState(null, '', hash || location.pathname + location.search);
    }
    render();
  }

  window.addEventListener('hashchange', () => {
    state = readState(location.hash, model);
    pal = palette(model, state.color);
    render();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement)) {
      if (state.event) set({ event: null });
      else if (state.entity) set({ entity: null });
    }
  });

  render();
  document.documentElement.dataset.ready = 'true';
}

function logo() {
  const ns = 'http://www.w3.org/2000/svg';
  const s = document.createElementNS(ns, 'svg');
  s.setAttribute('viewBox', '0 0 24 24');
  s.setAttribute('width', '22');
  s.setAttribute('height', '22');
  s.setAttribute('aria-hidden', 'true');
  for (const [cx, cy, r] of [[5, 17, 2.6], [12, 7, 3.2], [19, 14, 2.6]]) {
    const c = document.createElementNS(ns, 'circle');
    c.setAttribute('cx', cx);
    c.setAttribute('cy', cy);
    c.setAttribute('r', r);
    s.append(c);
  }
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', 'M5 17 L12 7 L19 14 M2 21.5 H22');
  s.prepend(p);
  return s;
}

try {
  start();
} catch (err) {
  document.body.append(h('div', { class: 'fatal' }, 'The explorer failed to start: ', String(err && err.message)));
  throw err;
}
