// The timeline: events in lanes on a zoomable time axis, with an overview
// strip below whose brush is the date filter. Zooming or panning the
// timeline moves the brush, and brushing zooms the timeline: what the
// timeline shows is the date range the other views are filtered to.

import { select } from 'd3-selection';
import { scaleUtc } from 'd3-scale';
import { axisTop, axisBottom } from 'd3-axis';
import { zoom as d3zoom, zoomIdentity } from 'd3-zoom';
import { brushX } from 'd3-brush';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { h, svg, clear } from './dom.js';
import { DAY, filterEvents, typeLabel, typeRank } from './data.js';
import { eventDate, count } from './format.js';
import { FONT } from './theme.js';

const LABEL_W = 168;
const RIGHT = 18;
const ROW_H = 24;
const LANE_PAD = 7;
const MAX_ROWS = 6;
const MAX_LANES = 12;
const LABEL_CHARS = 46;

/**
 * createTimeline draws the timeline into root. hooks: onEvent(id),
 * onRange(from, to) (null, null for all dates), onLanes(mode).
 */
export function createTimeline(root, model, hooks) {
  const dated = model.events.filter((e) => e.start != null);
  const undatedCount = model.events.length - dated.length;
  const measure = textMeasurer(`12px ${FONT}`);
  const measureBold = textMeasurer(`600 12px ${FONT}`);
  const full = paddedExtent(model.extent);

  const status = h('span', { class: 'muted' });
  const laneButtons = [
    ['entity', 'Main entity'], ['community', 'Community'], ['type', 'Type'], ['none', 'None'],
  ].map(([mode, label]) => h('button', {
    type: 'button', class: 'seg', dataset: { lanes: mode }, onclick: () => hooks.onLanes(mode),
  }, label));
  const allDates = h('button', {
    type: 'button', class: 'btn small', title: 'Show every date and clear the date filter',
    onclick: () => hooks.onRange(null, null),
  }, 'All dates');
  const head = h('header', { class: 'panel-head' },
    h('h2', null, 'Timeline'), status,
    h('div', { class: 'spacer' }),
    h('span', { class: 'control-label' }, 'Lanes'),
    h('div', { class: 'segmented', role: 'group', 'aria-label': 'Lanes' }, laneButtons),
    allDates);

  const axisSvg = svg('svg', { class: 'tl-axis', height: 26 });
  const lanesSvg = svg('svg', { class: 'tl-lanes' });
  const scroll = h('div', { class: 'tl-scroll' }, lanesSvg);
  const main = h('div', { class: 'tl-main' }, axisSvg, scroll);
  const overviewSvg = svg('svg', { class: 'tl-overview', height: 50 });
  const empty = h('div', { class: 'empty tl-empty' });
  const hint = h('div', { class: 'tl-hint' },
    'Scroll to zoom, drag to pan, brush the strip below to pick dates.',
    undatedCount ? ` ${count(undatedCount, 'undated event')} ${undatedCount === 1 ? 'is' : 'are'} listed in the event panel only.` : '');
  clear(root).append(head, h('div', { class: 'tl-body' }, main, overviewSvg, empty), hint);

  let width = 0;
  let plotW = 0;
  let x0 = scaleUtc();
  let x = scaleUtc();
  let state = null;
  let pal = null;
  let quiet = false; // set while the code, not the user, moves the zoom or the brush

  const zoomB = d3zoom()
    .filter((ev) => (!ev.ctrlKey || ev.type === 'wheel') && !ev.button)
    .on('zoom', zoomed)
    .on('end', zoomEnded);
  const brushB = brushX().on('brush end', brushed);

  const ovPlot = select(overviewSvg).append('g');
  const ovAxis = ovPlot.append('g').attr('class', 'axis');
  const ovMarks = ovPlot.append('g').attr('class', 'ov-marks');
  // Where the view is, visible even when the brush is under a pixel wide.
  const ovView = ovPlot.append('rect').attr('class', 'ov-view').attr('y', 4).attr('height', 28);
  const ovBrush = ovPlot.append('g').attr('class', 'brush');
  const axisG = select(axisSvg).append('g').attr('class', 'axis');
  const lanesRoot = select(lanesSvg);
  const clipId = 'tl-clip';
  lanesRoot.append('defs').append('clipPath').attr('id', clipId).append('rect');
  const gridG = lanesRoot.append('g').attr('class', 'grid');
  const lanesG = lanesRoot.append('g').attr('class', 'lanes');
  const itemsG = lanesRoot.append('g').attr('class', 'items').attr('clip-path', `url(#${clipId})`);

  select(main).call(zoomB).on('dblclick.zoom', null);

  function resize() {
    const w = Math.max(320, main.clientWidth);
    if (w === width) return false;
    width = w;
    plotW = width - LABEL_W - RIGHT;
    x0 = scaleUtc().domain(full).range([0, plotW]);
    const maxK = Math.max(1, (full[1] - full[0]) / (10 * DAY));
    zoomB.scaleExtent([1, maxK]).translateExtent([[0, 0], [plotW, 0]]).extent([[0, 0], [plotW, 1]]);
    brushB.extent([[0, 4], [plotW, 32]]);
    select(axisSvg).attr('width', width);
    select(overviewSvg).attr('width', width);
    ovPlot.attr('transform', `translate(${LABEL_W},0)`);
    ovBrush.call(brushB);
    ovAxis.attr('transform', 'translate(0,32)').call(axisBottom(x0).ticks(Math.max(2, plotW / 110)).tickFormat(tickFormat).tickSizeOuter(0));
    return true;
  }

  function currentTransform() {
    return main.__zoom || zoomIdentity;
  }

  function zoomed(ev) {
    x = ev.transform.rescaleX(x0);
    if (!quiet && ev.sourceEvent) {
      quiet = true;
      ovBrush.call(brushB.move, isFull(ev.transform) ? null : x.range().map(ev.transform.invertX, ev.transform));
      quiet = false;
    }
    draw();
  }

  function zoomEnded(ev) {
    if (quiet || !ev.sourceEvent) return;
    emitRange(ev.transform);
  }

  function brushed(ev) {
    if (quiet || !ev.sourceEvent) return;
    const s = ev.selection;
    const t = s ? zoomIdentity.scale(plotW / Math.max(1, s[1] - s[0])).translate(-s[0], 0) : zoomIdentity;
    quiet = true;
    select(main).call(zoomB.transform, t);
    quiet = false;
    if (ev.type === 'end') emitRange(currentTransform());
  }

  function emitRange(t) {
    if (isFull(t)) {
      hooks.onRange(null, null);
      return;
    }
    const [a, b] = t.rescaleX(x0).domain();
    hooks.onRange(Math.floor(+a / DAY) * DAY, Math.ceil(+b / DAY) * DAY);
  }

  function isFull(t) {
    return t.k < 1.0005 && Math.abs(t.x) < 0.5;
  }

  // showRange moves the view to [from, to), or to every date, without
  // telling anyone: the state already says so.
  function showRange(from, to) {
    const cur = currentTransform();
    let t = zoomIdentity;
    if (from != null && to != null) {
      const a = x0(from);
      const b = x0(to);
      t = zoomIdentity.scale(Math.min(zoomB.scaleExtent()[1], plotW / Math.max(1e-6, b - a))).translate(-a, 0);
      const [ca, cb] = cur.rescaleX(x0).domain();
      if (Math.abs(+ca - from) < DAY && Math.abs(+cb - to) < DAY) return;
    } else if (isFull(cur)) {
      return;
    }
    quiet = true;
    select(main).call(zoomB.transform, t);
    ovBrush.call(brushB.move, from != null ? [x0(from), x0(to)] : null);
    quiet = false;
  }

  function laneOf(ev) {
    const mode = state.lanes;
    if (mode === 'none') return { key: 'all', label: 'All events', rank: 0 };
    const ent = model.entityById.get(ev.main);
    if (mode === 'type') {
      const type = ent ? ent.type : '';
      return { key: type || 'none', label: type ? typeLabel(type, true) : 'No entity', rank: typeRank(type) };
    }
    if (mode === 'community') {
      if (!ent || ent.community == null) return { key: 'none', label: 'No community', rank: 1e9 };
      const i = model.communities.findIndex((c) => c.id === ent.community);
      const c = model.communities[i];
      return { key: 'c' + ent.community, label: c ? c.label : `Community ${ent.community}`, rank: i };
    }
    return { key: ev.main || 'none', label: ent ? ent.name : 'No entity', entity: ent ? ent.id : '', rank: 0 };
  }

  function lanesFor(events) {
    const byKey = new Map();
    for (const ev of events) {
      const l = laneOf(ev);
      if (!byKey.has(l.key)) byKey.set(l.key, { ...l, events: [] });
      byKey.get(l.key).events.push(ev);
    }
    let lanes = [...byKey.values()];
    const last = (l) => (l.key === 'none' ? 1 : 0); // events with no entity go at the bottom
    if (state.lanes === 'entity') {
      lanes.sort((a, b) => last(a) - last(b) || b.events.length - a.events.length || a.label.localeCompare(b.label));
      if (lanes.length > MAX_LANES) {
        const none = lanes.find((l) => l.key === 'none');
        const named = lanes.filter((l) => l !== none);
        const rest = named.slice(MAX_LANES - 2);
        lanes = named.slice(0, MAX_LANES - 2);
        lanes.push({ key: 'other', label: `${rest.length} other entities`, events: rest.flatMap((l) => l.events) });
        if (none) lanes.push(none);
      }
    } else {
      lanes.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
    }
    return lanes;
  }

  // layoutLane places a lane's events in rows so that labels never
  // overlap; past MAX_ROWS an event goes where it overlaps least, unlabelled.
  function layoutLane(lane) {
    const rowsEnd = [];
    const items = [];
    const evs = lane.events.slice().sort((a, b) => a.start - b.start || a.end - b.end);
    for (const ev of evs) {
      const x1 = x(ev.start);
      const x2 = x(ev.end);
      if (x2 <= 0 || x1 >= plotW) continue; // not in view
      const point = ev.granularity === 'day' || x2 - x1 < 10;
      let label = ev.summary.length > LABEL_CHARS ? ev.summary.slice(0, LABEL_CHARS - 1).trimEnd() + '…' : ev.summary;
      const lw = measure(label);
      const cx = point ? (x1 + x2) / 2 : x1;
      let lx;
      let end;
      let begin = point ? cx - 7 : x1;
      let inside = false;
      let anchor = 'start';
      if (point) {
        lx = cx + 10;
        end = lx + lw;
        if (end > plotW && cx - 10 - lw >= 0) {
          // Near the right edge the label goes to the left of the dot.
          lx = cx - 10;
          anchor = 'end';
          begin = lx - lw;
          end = cx + 7;
        }
      } else {
        const left = Math.max(x1, 0);
        inside = Math.min(x2, plotW) - left >= lw + 16;
        lx = inside ? left + 8 : x2 + 6;
        end = inside ? x2 : lx + lw;
        if (!inside && end > plotW && x1 - 6 - lw >= 0) {
          lx = x1 - 6;
          anchor = 'end';
          begin = lx - lw;
          end = x2;
        }
      }
      let row = rowsEnd.findIndex((e) => e + 14 <= begin);
      let showLabel = true;
      if (row < 0) {
        if (rowsEnd.length < MAX_ROWS) {
          row = rowsEnd.length;
          rowsEnd.push(-Infinity);
        } else {
          row = rowsEnd.indexOf(Math.min(...rowsEnd));
          showLabel = false;
          end = point ? cx + 7 : x2;
          label = '';
        }
      }
      rowsEnd[row] = Math.max(rowsEnd[row], end);
      items.push({ ev, x1, x2, cx, point, row, lx, anchor, label: showLabel ? label : '', inside });
    }
    return { items, rows: Math.max(1, rowsEnd.length) };
  }

  function draw() {
    if (!state || !model.extent) return;
    const events = filterEvents(dated, { entity: state.entity });
    const [v0, v1] = x.domain().map(Number);
    const inView = events.filter((e) => e.start < v1 && e.end > v0);
    const lanes = lanesFor(inView);
    let y = 0;
    const placed = [];
    for (const lane of lanes) {
      const { items, rows } = layoutLane(lane);
      lane.y = y;
      lane.h = rows * ROW_H + 2 * LANE_PAD;
      for (const it of items) {
        it.y = y + LANE_PAD + it.row * ROW_H + ROW_H / 2;
        placed.push(it);
      }
      y += lane.h;
    }
    const height = Math.max(y, 40);
    lanesRoot.attr('width', width).attr('height', height);
    lanesRoot.select('clipPath rect').attr('x', 0).attr('y', 0).attr('width', plotW).attr('height', height);
    gridG.attr('transform', `translate(${LABEL_W},0)`);
    lanesG.attr('transform', 'translate(0,0)');
    itemsG.attr('transform', `translate(${LABEL_W},0)`);

    const ticks = x.ticks(Math.max(2, plotW / 110));
    axisG.attr('transform', `translate(${LABEL_W},25)`).call(axisTop(x).tickValues(ticks).tickFormat(tickFormat).tickSizeOuter(0).tickSize(5));
    gridG.selectAll('line').data(ticks, (d) => +d).join('line')
      .attr('x1', (d) => x(d)).attr('x2', (d) => x(d)).attr('y1', 0).attr('y2', height);

    const laneSel = lanesG.selectAll('g.lane').data(lanes, (l) => l.key).join((enter) => {
      const g = enter.append('g').attr('class', 'lane');
      g.append('rect').attr('class', 'lane-bg');
      g.append('text').attr('class', 'lane-label');
      g.append('text').attr('class', 'lane-count');
      return g;
    });
    laneSel.attr('transform', (l) => `translate(0,${l.y})`)
      .classed('odd', (l, i) => i % 2 === 1)
      .attr('data-lane', (l) => l.key);
    laneSel.select('rect.lane-bg').attr('width', width).attr('height', (l) => l.h);
    laneSel.select('text.lane-label')
      .attr('x', 12).attr('y', LANE_PAD + ROW_H / 2).attr('dy', '0.35em')
      .text((l) => fit(l.label, LABEL_W - 46, measureBold))
      .each(function (l) {
        select(this).selectAll('title').data([l.label]).join('title').text((d) => d);
      });
    laneSel.select('text.lane-count')
      .attr('x', LABEL_W - 12).attr('y', LANE_PAD + ROW_H / 2).attr('dy', '0.35em')
      .text((l) => l.events.length);

    const sel = itemsG.selectAll('g.tl-item').data(placed, (d) => d.ev.id).join((enter) => {
      const g = enter.append('g').attr('class', 'tl-item')
        .attr('data-event', (d) => d.ev.id)
        .on('click', (e, d) => {
          e.stopPropagation();
          hooks.onEvent(d.ev.id);
        });
      g.append('rect').attr('class', 'bar');
      g.append('circle').attr('class', 'dot');
      g.append('text').attr('class', 'label');
      g.append('title');
      return g;
    });
    sel.classed('point', (d) => d.point)
      .classed('selected', (d) => d.ev.id === state.event)
      .attr('data-granularity', (d) => d.ev.granularity);
    sel.select('title').text((d) => `${eventDate(d.ev)}\n${d.ev.summary}`);
    sel.select('circle.dot')
      .attr('display', (d) => (d.point ? null : 'none'))
      .attr('cx', (d) => d.cx).attr('cy', (d) => d.y)
      .attr('r', (d) => (d.ev.id === state.event ? 7 : 5.5))
      .attr('fill', (d) => pal.colorOf(d.ev.main));
    sel.select('rect.bar')
      .attr('display', (d) => (d.point ? 'none' : null))
      .attr('x', (d) => d.x1).attr('y', (d) => d.y - 8)
      .attr('width', (d) => Math.max(2, d.x2 - d.x1)).attr('height', 16).attr('rx', 4)
      .attr('fill', (d) => pal.colorOf(d.ev.main))
      .attr('stroke', (d) => pal.colorOf(d.ev.main));
    sel.select('text.label')
      .attr('x', (d) => d.lx).attr('y', (d) => d.y).attr('dy', '0.35em')
      .attr('text-anchor', (d) => d.anchor)
      .classed('inside', (d) => d.inside)
      .text((d) => d.label);
    const selected = sel.filter((d) => d.ev.id === state.event);
    selected.raise();

    const who = state.entity ? ` of ${model.entityById.get(state.entity)?.name || 'this entity'}` : '';
    status.textContent = inView.length === events.length
      ? `${count(events.length, state.entity ? 'event' : 'dated event')}${who}`
      : `${inView.length.toLocaleString('en')} of ${count(events.length, state.entity ? 'event' : 'dated event')}${who} in view`;
    drawOverview(events);
    empty.textContent = '';
    empty.hidden = true;
    if (!events.length) {
      empty.hidden = false;
      empty.textContent = state.entity
        ? `${model.entityById.get(state.entity)?.name || 'This entity'} takes part in no dated event.`
        : 'No dated events.';
    } else if (!inView.length) {
      empty.hidden = false;
      empty.textContent = 'No event in these dates: zoom out or click “All dates”.';
    }
  }

  function drawOverview(events) {
    const [a, b] = x.domain().map((d) => x0(d));
    const full = b - a >= plotW - 0.5;
    ovView.attr('display', full ? 'none' : null)
      .attr('x', Math.min((a + b) / 2 - 2, a)).attr('width', Math.max(4, b - a));
    const shown = new Set(events.map((e) => e.id));
    const marks = ovMarks.selectAll('rect').data(dated, (d) => d.id).join('rect');
    marks.attr('x', (d) => x0(d.start))
      .attr('width', (d) => Math.max(2, x0(d.end) - x0(d.start)))
      .attr('y', (d) => (shown.has(d.id) ? 8 : 14))
      .attr('height', (d) => (shown.has(d.id) ? 20 : 8))
      .attr('fill', (d) => (shown.has(d.id) ? pal.colorOf(d.main) : '#c4c9d1'))
      .attr('fill-opacity', (d) => (shown.has(d.id) ? (d.granularity === 'day' ? 0.9 : 0.25) : 0.5));
    marks.filter((d) => shown.has(d.id)).raise();
  }

  if (!model.extent) {
    empty.hidden = false;
    empty.textContent = model.events.length
      ? 'No dated events: the articles gave no date the events could be placed on.'
      : 'No events were found in these articles.';
  }

  new ResizeObserver(() => {
    if (state && model.extent && resize()) {
      const t = currentTransform();
      x = t.rescaleX(x0);
      showRange(state.from, state.to);
      draw();
    }
  }).observe(main);

  return {
    update(s, p) {
      state = s;
      pal = p;
      for (const b of laneButtons) b.classList.toggle('on', b.dataset.lanes === s.lanes);
      allDates.disabled = s.from == null;
      if (!model.extent) {
        status.textContent = count(0, 'dated event');
        return;
      }
      resize();
      showRange(s.from, s.to);
      x = currentTransform().rescaleX(x0);
      draw();
    },
  };
}

// tickFormat labels a tick at the coarsest unit it starts: a year, a
// month, or a day.
const fmtYear = utcFormat('%Y');
const fmtMonth = utcFormat('%b');
const fmtDay = utcFormat('%-d %b');
function tickFormat(d) {
  if (utcDay(d) < d) return '';
  if (utcMonth(d) < d) return fmtDay(d);
  if (utcYear(d) < d) return fmtMonth(d);
  return fmtYear(d);
}

// paddedExtent widens the events' span a little on each side, and to a
// week at least, so that the first and last events are not on the edge.
function paddedExtent(extent) {
  if (!extent) return [0, DAY];
  let [a, b] = extent;
  if (b - a < 7 * DAY) {
    const mid = (a + b) / 2;
    a = mid - 3.5 * DAY;
    b = mid + 3.5 * DAY;
  }
  const pad = (b - a) * 0.03;
  return [new Date(a - pad), new Date(b + pad)];
}

function textMeasurer(font) {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map();
  return (s) => {
    if (!ctx) return s.length * 6.6;
    let w = cache.get(s);
    if (w == null) {
      ctx.font = font;
      w = ctx.measureText(s).width;
      if (cache.size > 5000) cache.clear();
      cache.set(s, w);
    }
    return w;
  };
}

function fit(s, max, measure) {
  if (measure(s) <= max) return s;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(s.slice(0, mid) + '…') <= max) lo = mid;
    else hi = mid - 1;
  }
  return s.slice(0, lo).trimEnd() + '…';
}
