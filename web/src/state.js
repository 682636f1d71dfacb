// The view's state and its place in the URL: everything after "#" is
// "entity=...&from=YYYY-MM-DD&to=YYYY-MM-DD&event=...&lanes=...&color=...&q=...",
// so that a view can be shared by sharing its address, also from a file.

import { parseDay, dayString, DAY } from './data.js';

export const LANES = ['entity', 'community', 'type', 'none'];
export const COLORS = ['type', 'community'];

/** defaults is the state of a page opened without a hash. */
export function defaults() {
  return { entity: null, event: null, from: null, to: null, lanes: 'entity', color: 'type', q: '', types: [] };
}

/**
 * readState reads a hash ("#entity=...") into a state. Values that name
 * nothing in the model are dropped, so a stale link opens cleanly.
 */
export function readState(hash, model) {
  const s = defaults();
  const p = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  const entity = p.get('entity');
  if (entity && model.entityById.has(entity)) s.entity = entity;
  const event = p.get('event');
  if (event && model.eventById.has(event)) s.event = event;
  const from = parseDay(p.get('from'));
  const to = parseDay(p.get('to'));
  if (from != null && to != null && to >= from) {
    s.from = from;
    s.to = to + DAY; // the URL's "to" is the last day, inclusive
  }
  if (LANES.includes(p.get('lanes'))) s.lanes = p.get('lanes');
  if (COLORS.includes(p.get('color'))) s.color = p.get('color');
  s.q = (p.get('q') || '').slice(0, 200);
  const types = p.get('types');
  if (types) s.types = types.split(',').filter(Boolean);
  return s;
}

/** writeState writes a state as a hash, leaving defaults out. */
export function writeState(s) {
  const d = defaults();
  const p = new URLSearchParams();
  if (s.entity) p.set('entity', s.entity);
  if (s.from != null && s.to != null) {
    p.set('from', dayString(s.from));
    p.set('to', dayString(s.to - DAY));
  }
  if (s.event) p.set('event', s.event);
  if (s.lanes !== d.lanes) p.set('lanes', s.lanes);
  if (s.color !== d.color) p.set('color', s.color);
  if (s.q) p.set('q', s.q);
  if (s.types && s.types.length) p.set('types', s.types.join(','));
  const out = p.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  return out ? '#' + out : '';
}
