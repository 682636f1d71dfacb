// The event panel: the events that pass the filters, by date; the selected
// one opens to show its sources, each sentence with its time expression
// and the names of the event's entities highlighted.

import { h, clear, safeURL } from './dom.js';
import { filterEvents, highlight } from './data.js';
import { eventDate, range, count } from './format.js';

const MAX_CARDS = 300;

/** createEventPanel draws the panel into root. hooks: onEvent(id|null), onEntity(id|null), onRange(null, null). */
export function createEventPanel(root, model, hooks) {
  const status = h('span', { class: 'muted' });
  const filters = h('div', { class: 'filters' });
  const list = h('div', { class: 'event-list' });
  const scroller = h('div', { class: 'list-scroll' }, list);
  clear(root).append(h('header', { class: 'panel-head' }, h('h2', null, 'Events'), status), filters, scroller);
  let lastSelected = null;

  function entityChip(id, pal, extra) {
    const ent = model.entityById.get(id);
    return h('button', {
      type: 'button', class: 'who' + (extra ? ' ' + extra : ''), dataset: { entity: id },
      title: ent ? `Show ${ent.name}’s events` : id,
      onclick: (e) => {
        e.stopPropagation();
        hooks.onEntity(id);
      },
    }, h('i', { class: 'dot', style: `background:${pal.colorOf(id)}` }), ent ? ent.name : id);
  }

  function sources(ev, pal) {
    const names = [];
    for (const id of ev.entities) {
      const ent = model.entityById.get(id);
      if (!ent) continue;
      for (const text of new Set([ent.name, ...ent.aliases])) names.push({ text, entity: id });
    }
    if (!ev.sources.length) return h('p', { class: 'muted' }, 'No source sentence was kept for this event.');
    return h('ol', { class: 'sources' }, ev.sources.map((src) => {
      const doc = model.documents.get(src.document);
      const url = safeURL(doc && doc.url);
      const untitled = !(doc && doc.title);
      const file = String((doc && doc.source) || src.document || 'unknown').split(/[\\/]/).pop();
      const title = untitled ? `Untitled article · ${file}` : doc.title;
      const meta = [doc && doc.dct ? `published ${doc.dct}` : 'publication date unknown'];
      if (src.timeText) meta.push(`“${src.timeText}”`);
      const sentence = h('blockquote', { class: 'sentence' }, highlight(src.sentence, src.timeText, names).map((seg) => {
        if (seg.kind === 'time') return h('mark', { class: 'time', title: 'time expression' }, seg.text);
        if (seg.kind === 'name') {
          return h('mark', {
            class: 'name', title: model.entityById.get(seg.entity)?.name || '', style: `--c:${pal.colorOf(seg.entity)}`,
            dataset: { entity: seg.entity },
            onclick: (e) => {
              e.stopPropagation();
              hooks.onEntity(seg.entity);
            },
          }, seg.text);
        }
        return seg.text;
      }));
      return h('li', { class: 'source' },
        h('div', { class: 'source-head' },
          url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'doc-title', onclick: (e) => e.stopPropagation() }, title)
            : h('span', { class: 'doc-title' + (untitled ? ' untitled' : '') }, title)),
        sentence || null,
        h('div', { class: 'source-meta' }, meta.join(' · ')));
    }));
  }

  function card(ev, s, pal) {
    const open = ev.id === s.event;
    const others = ev.entities.filter((id) => id !== s.entity);
    return h('article', {
      class: 'event' + (open ? ' open' : ''), dataset: { event: ev.id }, tabindex: 0,
      onclick: () => hooks.onEvent(open ? null : ev.id),
      onkeydown: (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          hooks.onEvent(open ? null : ev.id);
        }
      },
    },
    h('div', { class: 'event-date' },
      h('span', null, eventDate(ev)),
      ev.granularity && ev.start != null ? h('span', { class: 'gran' }, ev.granularity) : null,
      h('span', { class: 'spacer' }),
      h('span', { class: 'muted' }, count(ev.sources.length, 'source'))),
    h('div', { class: 'event-summary' }, ev.summary),
    ev.entities.length
      ? h('div', { class: 'who-list' }, (open ? ev.entities : [...(s.entity && ev.entities.includes(s.entity) ? [s.entity] : []), ...others].slice(0, 6))
        .map((id) => entityChip(id, pal, id === s.entity ? 'current' : '')),
        !open && ev.entities.length > 6 ? h('span', { class: 'muted more' }, `+${ev.entities.length - 6}`) : null)
      : null,
    open ? h('div', { class: 'event-detail' },
      h('div', { class: 'key' }, h('mark', { class: 'time' }, 'time expression'), h('mark', { class: 'name', style: '--c:#8a8f98' }, 'names')),
      sources(ev, pal)) : null);
  }

  return {
    update(s, pal) {
      clear(filters);
      const ent = s.entity && model.entityById.get(s.entity);
      if (ent) {
        filters.append(h('span', { class: 'filter' }, h('i', { class: 'dot', style: `background:${pal.colorOf(ent.id)}` }), ent.name,
          h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Clear the entity', title: 'Clear the entity', onclick: () => hooks.onEntity(null) }, '×')));
      }
      if (s.from != null) {
        filters.append(h('span', { class: 'filter' }, range(s.from, s.to),
          h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Clear the dates', title: 'Clear the dates', onclick: () => hooks.onRange(null, null) }, '×')));
      }
      filters.hidden = !filters.firstChild;

      const evs = filterEvents(model.events, { entity: s.entity, from: s.from, to: s.to });
      status.textContent = evs.length === model.events.length
        ? count(evs.length, 'event')
        : `${evs.length.toLocaleString('en')} of ${count(model.events.length, 'event')}`;
      clear(list);
      let undatedHead = false;
      for (const ev of evs.slice(0, MAX_CARDS)) {
        if (ev.start == null && !undatedHead) {
          list.append(h('h3', { class: 'section' }, 'Undated'));
          undatedHead = true;
        }
        list.append(card(ev, s, pal));
      }
      if (evs.length > MAX_CARDS) {
        list.append(h('p', { class: 'muted more' }, `${(evs.length - MAX_CARDS).toLocaleString('en')} more: pick an entity or narrow the dates.`));
      }
      if (!evs.length) {
        list.append(h('div', { class: 'empty' }, model.events.length
          ? 'No event matches: clear a filter above.'
          : 'No events were found in these articles.'));
      }
      if (s.event !== lastSelected) {
        lastSelected = s.event;
        const el = s.event && list.querySelector(`[data-event="${CSS.escape(s.event)}"]`);
        if (el) el.scrollIntoView({ block: 'nearest' });
      }
    },
  };
}
