// The entity list: search by name or alias, filter by type, counts of
// mentions and of events in the current date range.

import { h, clear } from './dom.js';
import { filterEvents, typeLabel, typeRank } from './data.js';
import { count } from './format.js';
import { typeColor } from './colors.js';

const MAX_ROWS = 500; // rows drawn at once; the search narrows the rest

/** createEntityList draws the list into root. hooks: onEntity(id|null), onSearch(q), onTypes(types). */
export function createEntityList(root, model, hooks) {
  const search = h('input', {
    type: 'search', class: 'search', placeholder: 'Search names…', 'aria-label': 'Search entities',
    autocomplete: 'off', spellcheck: 'false',
    oninput: () => hooks.onSearch(search.value),
  });
  const types = [...new Set(model.entities.map((e) => e.type))].sort((a, b) => typeRank(a) - typeRank(b) || a.localeCompare(b));
  const chips = types.map((t) => h('button', {
    type: 'button', class: 'chip', dataset: { type: t },
    onclick: () => hooks.onTypes(t),
  }, h('i', { class: 'dot', style: `background:${typeColor(t)}` }), typeLabel(t, true), h('span', { class: 'chip-count' }, model.entities.filter((e) => e.type === t).length)));
  const status = h('span', { class: 'muted' });
  const list = h('ul', { class: 'entity-list', role: 'listbox', 'aria-label': 'Entities' });
  const empty = h('div', { class: 'empty', hidden: true });
  const head = h('header', { class: 'panel-head' }, h('h2', null, 'Entities'), status);
  clear(root).append(head, h('div', { class: 'entity-tools' }, search, h('div', { class: 'chips' }, chips)), h('div', { class: 'list-cols' }, h('span', null, 'Name'), h('span', null, 'Mentions'), h('span', null, 'Events')),
    h('div', { class: 'list-scroll' }, list, empty));

  const sorted = model.entities.slice().sort((a, b) =>
    b.mentions - a.mentions || b.events.length - a.events.length || a.name.localeCompare(b.name));

  return {
    update(s, pal) {
      if (document.activeElement !== search && search.value !== s.q) search.value = s.q;
      const shownTypes = new Set(s.types);
      for (const c of chips) {
        c.classList.toggle('on', shownTypes.size === 0 || shownTypes.has(c.dataset.type));
      }
      const q = s.q.trim().toLowerCase();
      const ranged = s.from != null && s.to != null;
      const rows = sorted.filter((e) => (!q || e.search.includes(q)) && (shownTypes.size === 0 || shownTypes.has(e.type)));
      clear(list);
      for (const e of rows.slice(0, MAX_ROWS)) {
        const n = ranged ? filterEvents(e.events, { from: s.from, to: s.to }).length : e.events.length;
        const selected = e.id === s.entity;
        list.append(h('li', { role: 'option', 'aria-selected': selected ? 'true' : 'false' },
          h('button', {
            type: 'button', class: 'entity' + (selected ? ' selected' : '') + (ranged && n === 0 ? ' idle' : ''),
            dataset: { entity: e.id },
            title: [e.name, ...e.aliases.filter((a) => a !== e.name)].join(' · '),
            onclick: () => hooks.onEntity(selected ? null : e.id),
          },
          h('i', { class: 'dot', style: `background:${pal.colorOf(e.id)}` }),
          h('span', { class: 'name' }, e.name),
          h('span', { class: 'counts' },
            h('span', { class: 'count', title: count(e.mentions, 'mention') }, e.mentions),
            h('span', { class: 'count events' + (n ? '' : ' zero'), title: count(n, 'event') + (ranged ? ' in these dates' : '') }, n)))));
      }
      status.textContent = rows.length === model.entities.length
        ? count(rows.length, 'entity', 'entities')
        : `${rows.length.toLocaleString('en')} of ${model.entities.length.toLocaleString('en')}`;
      empty.hidden = rows.length > 0;
      empty.textContent = model.entities.length ? `No name matches “${s.q}”.` : 'No entities were found.';
      if (rows.length > MAX_ROWS) {
        list.append(h('li', { class: 'more muted' }, `${(rows.length - MAX_ROWS).toLocaleString('en')} more: search to narrow the list.`));
      }
      const sel = list.querySelector('.entity.selected');
      if (sel && sel.scrollIntoViewIfNeeded) sel.scrollIntoViewIfNeeded(false);
    },
  };
}

