// The co-mention graph: a force layout (cytoscape's cose), nodes sized by
// PageRank and coloured by type or community. Selecting an entity
// highlights its neighbourhood; a date range hides the edges not seen in
// it. Labels are drawn on a canvas, never parsed as markup.

import cytoscape from 'cytoscape';
import { h, clear, append } from './dom.js';
import { edgeInRange, typeLabel } from './data.js';
import { count } from './format.js';
import { FONT } from './theme.js';

const MAX_NODES = 150; // the best-ranked nodes; more make a hairball and a slow layout
const SMALL_GRAPH = 60; // up to this many nodes, every node is drawn
const LABELLED = 60; // nodes labelled before any is selected, at most
const LEGEND_MAX = 4; // legend entries that fit on the panel's foot

/** createGraph draws the graph into root. hooks: onEntity(id|null), onColor(mode). */
export function createGraph(root, model, hooks) {
  const status = h('span', { class: 'muted' });
  const colorButtons = [['type', 'Type'], ['community', 'Community']].map(([mode, label]) =>
    h('button', { type: 'button', class: 'seg', dataset: { color: mode }, onclick: () => hooks.onColor(mode) }, label));
  const fitButton = h('button', { type: 'button', class: 'btn small', title: 'Fit the graph to the panel', onclick: () => cy && cy.animate({ fit: { padding: 24 } }, { duration: 250 }) }, 'Fit');
  const head = h('header', { class: 'panel-head' },
    h('h2', null, 'Co-mention graph'), status, h('div', { class: 'spacer' }),
    h('span', { class: 'control-label' }, 'Colour'),
    h('div', { class: 'segmented', role: 'group', 'aria-label': 'Colour' }, colorButtons), fitButton);
  const canvas = h('div', { class: 'graph-canvas', 'aria-label': 'Co-mention graph' });
  const legend = h('div', { class: 'legend' });
  const card = h('div', { class: 'entity-card', hidden: true });
  const empty = h('div', { class: 'empty', hidden: true });
  clear(root).append(head, h('div', { class: 'graph-body' }, canvas, card, empty), legend);

  const { kept, edges } = choose(model);
  const keptIds = new Set(kept.map((n) => String(n.id)));
  const maxPR = Math.max(1e-9, ...kept.map((n) => +n.pagerank || 0));
  const maxW = Math.max(1e-9, ...edges.map((e) => e.weight));

  let cy = null;
  let state = null;
  if (!kept.length) {
    empty.hidden = false;
    empty.textContent = 'No graph: no two entities are named together.';
  } else {
    const elements = [];
    const positions = seedPositions(kept, model);
    // As many labels as the panel holds without a pile-up.
    const labelled = Math.round(Math.min(LABELLED, Math.max(12, (canvas.clientWidth * canvas.clientHeight) / 14000)));
    kept.forEach((n, i) => {
      const id = String(n.id);
      const ent = model.entityById.get(id);
      elements.push({
        group: 'nodes',
        data: {
          id,
          label: ent ? ent.name : String(n.label || id),
          size: 12 + 40 * Math.sqrt((+n.pagerank || 0) / maxPR),
          color: '#8a8f98',
          major: i < labelled ? 1 : 0,
        },
        position: positions.get(id),
      });
    });
    edges.forEach((e, i) => {
      elements.push({
        group: 'edges',
        data: { id: 'e' + i, source: e.source, target: e.target, width: 1 + 5 * Math.sqrt(e.weight / maxW), index: i },
      });
    });
    cy = cytoscape({
      container: canvas,
      elements,
      style: graphStyle(),
      layout: { name: 'preset' },
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: false,
    });
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      fit: true,
      padding: 24,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 40000,
      edgeElasticity: () => 80,
      gravity: 0.5,
      numIter: kept.length > SMALL_GRAPH ? 600 : 1500,
      componentSpacing: 60,
    }).run();
    spread(cy, canvas);
    cy.on('tap', 'node', (e) => hooks.onEntity(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) hooks.onEntity(null);
    });
    cy.on('mouseover', 'node', () => { canvas.style.cursor = 'pointer'; });
    cy.on('mouseout', 'node', () => { canvas.style.cursor = ''; });
    new ResizeObserver(() => cy.resize()).observe(canvas);
  }

  function drawLegend(pal) {
    clear(legend);
    legend.append(
      h('div', { class: 'legend-items', title: pal.legend.map((l) => l.label).join('\n') },
        pal.legend.slice(0, LEGEND_MAX).map((l) =>
          h('span', { class: 'legend-item', title: l.label }, h('i', { style: `background:${l.color}` }), h('span', null, l.label))),
        pal.legend.length > LEGEND_MAX ? h('span', { class: 'muted' }, `+${pal.legend.length - LEGEND_MAX} more`) : null),
      h('div', { class: 'legend-note' }, 'Size: PageRank · Line: co-mentions'));
  }

  function drawCard(s) {
    const ent = s.entity && model.entityById.get(s.entity);
    card.hidden = !ent;
    clear(card);
    if (!ent) return;
    const node = cy && cy.getElementById(ent.id);
    const inGraph = node && node.nonempty();
    const stats = [count(ent.mentions, 'mention'), count(ent.events.length, 'event')];
    if (inGraph) stats.push(count(ent.degree, 'link'), `PageRank ${ent.pagerank.toFixed(3)}`);
    append(card, [
      h('div', { class: 'card-title' },
        h('i', { class: 'dot', style: `background:${hooks.colorOf(ent.id)}` }),
        h('strong', null, ent.name),
        h('button', { type: 'button', class: 'icon-btn', title: 'Clear the selection', 'aria-label': 'Clear the selection', onclick: () => hooks.onEntity(null) }, '×')),
      h('div', { class: 'card-meta' }, typeLabel(ent.type), ent.roles.length ? ' · ' + ent.roles.slice(0, 2).join(', ') : ''),
      h('div', { class: 'card-stats' }, stats.join(' · ')),
      inGraph ? null : h('div', { class: 'card-meta' }, 'Not in the graph (no co-mention among the best-ranked entities).')]);
  }

  return {
    update(s, pal) {
      state = s;
      for (const b of colorButtons) b.classList.toggle('on', b.dataset.color === s.color);
      drawLegend(pal);
      drawCard(s);
      if (!cy) {
        status.textContent = '';
        return;
      }
      const ranged = s.from != null && s.to != null;
      const types = new Set(s.types);
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          n.data('color', pal.colorOf(n.id()));
          const ent = model.entityById.get(n.id());
          n.toggleClass('gone', types.size > 0 && !(ent && types.has(ent.type)));
        });
        let visible = 0;
        cy.edges().forEach((e) => {
          const ok = edgeInRange(edges[e.data('index')], s.from, s.to) && !e.source().hasClass('gone') && !e.target().hasClass('gone');
          e.toggleClass('gone', !ok);
          if (ok) visible++;
        });
        const live = cy.edges().not('.gone');
        cy.nodes().forEach((n) => {
          n.toggleClass('quiet', ranged && n.connectedEdges().intersection(live).empty());
        });
        cy.elements().removeClass('faded hl picked');
        const node = s.entity ? cy.getElementById(s.entity) : null;
        const ev = s.event && model.eventById.get(s.event);
        const cast = ev ? cy.collection(ev.entities.map((id) => cy.getElementById(id)).filter((n) => n.nonempty())) : cy.collection();
        cy.nodes().removeClass('cast');
        if (ev && !s.entity) {
          // The event's entities and the links among them.
          cy.elements().addClass('faded');
          cast.removeClass('faded').addClass('hl');
          cast.edgesWith(cast).intersection(live).removeClass('faded').addClass('hl');
        }
        cast.addClass('cast');
        if (s.entity) {
          cy.elements().addClass('faded');
          if (node && node.nonempty()) {
            const near = node.connectedEdges().intersection(live);
            const hood = near.union(near.connectedNodes()).union(node);
            hood.removeClass('faded').addClass('hl');
            node.addClass('picked');
          }
        }
        const shownNodes = cy.nodes().not('.gone').length;
        status.textContent = ranged
          ? `${count(visible, 'link')} seen in these dates, of ${edges.length.toLocaleString('en')}`
          : `${count(shownNodes, 'entity', 'entities')} · ${count(visible, 'link')}`
            + (model.nodes.size > kept.length ? `, the top of ${model.nodes.size.toLocaleString('en')} by PageRank` : '');
      });
    },
  };
}

// choose picks the nodes to draw: the best-ranked by PageRank, and in a
// large graph only those in a group of three or more once the rest is
// left out (pairs and lone nodes would fill the panel with noise).
function choose(model) {
  const ranked = [...model.nodes.values()]
    .sort((a, b) => (+b.pagerank || 0) - (+a.pagerank || 0) || String(a.id).localeCompare(String(b.id)));
  let kept = ranked.slice(0, MAX_NODES);
  const among = (ids) => model.edges.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target);
  let ids = new Set(kept.map((n) => String(n.id)));
  let edges = among(ids);
  if (kept.length > SMALL_GRAPH) {
    const parent = new Map([...ids].map((id) => [id, id]));
    const find = (x) => {
      while (parent.get(x) !== x) {
        parent.set(x, parent.get(parent.get(x)));
        x = parent.get(x);
      }
      return x;
    };
    for (const e of edges) parent.set(find(e.source), find(e.target));
    const size = new Map();
    for (const id of ids) size.set(find(id), (size.get(find(id)) || 0) + 1);
    kept = kept.filter((n) => size.get(find(String(n.id))) >= 3);
    ids = new Set(kept.map((n) => String(n.id)));
    edges = among(ids);
  }
  return { kept, edges };
}

// spread scales the layout to the panel, so that the graph fills it at a
// zoom near 1, where nodes and labels have their natural size: up as far
// as the panel allows, down no further than nodes start to overlap, and a
// little wider or taller to follow the panel's shape. What is left is
// fitted by zooming, with the labels' font made larger to stay readable.
function spread(cy, canvas) {
  const w = canvas.clientWidth - 60;
  const h = canvas.clientHeight - 60;
  const bb = cy.nodes().boundingBox({ includeLabels: false });
  if (w <= 0 || h <= 0 || bb.w <= 0 || bb.h <= 0) return;
  const sx = w / bb.w;
  const sy = h / bb.h;
  const s = Math.min(sx, sy);
  const k = Math.max(0.6, s);
  const ax = Math.min(sx / s, 1.7);
  const ay = Math.min(sy / s, 1.7);
  const cx = bb.x1 + bb.w / 2;
  const cyy = bb.y1 + bb.h / 2;
  cy.nodes().positions((n) => {
    const p = n.position();
    return { x: cx + (p.x - cx) * k * ax, y: cyy + (p.y - cyy) * k * ay };
  });
  cy.fit(undefined, 24);
  const z = cy.zoom();
  if (z < 1) {
    cy.style().selector('node').style({ 'font-size': Math.min(22, 11 / z), 'text-outline-width': Math.min(4, 2 / z) }).update();
  }
}

// seedPositions places nodes on a spiral, grouped by community and then by
// rank, as the layout's start: the same input gives the same picture.
function seedPositions(nodes, model) {
  const order = nodes.slice().sort((a, b) => {
    const ca = model.entityById.get(String(a.id))?.community ?? 1e9;
    const cb = model.entityById.get(String(b.id))?.community ?? 1e9;
    return ca - cb || (+b.pagerank || 0) - (+a.pagerank || 0);
  });
  const pos = new Map();
  const golden = Math.PI * (3 - Math.sqrt(5));
  order.forEach((n, i) => {
    const r = 30 * Math.sqrt(i + 0.5);
    pos.set(String(n.id), { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
  });
  return pos;
}

function graphStyle() {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        'border-width': 1.5,
        'border-color': '#ffffff',
        label: '',
        'font-family': FONT,
        'font-size': 11,
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        'text-max-width': '140px',
        'text-wrap': 'ellipsis',
        'min-zoomed-font-size': 6,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    { selector: 'node[?major]', style: { label: 'data(label)' } },
    { selector: 'node.hl', style: { label: 'data(label)' } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': '#9aa3b0',
        opacity: 0.5,
        'curve-style': 'haystack',
        'haystack-radius': 0,
      },
    },
    { selector: 'node.quiet', style: { opacity: 0.3 } },
    { selector: 'node.faded', style: { opacity: 0.12 } },
    { selector: 'edge.faded', style: { opacity: 0.05 } },
    { selector: 'edge.hl', style: { 'line-color': '#4b5563', opacity: 0.85 } },
    { selector: 'node.hl', style: { opacity: 1, 'z-index': 5 } },
    { selector: 'node.cast', style: { 'border-color': '#111827', 'border-width': 2.5, opacity: 1, label: 'data(label)', 'z-index': 8 } },
    {
      selector: 'node.picked',
      style: { 'border-color': '#111827', 'border-width': 3, 'font-weight': 'bold', 'font-size': 13, 'z-index': 10 },
    },
    { selector: '.gone', style: { display: 'none' } },
  ];
}
