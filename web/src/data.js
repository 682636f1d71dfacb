// The data model: the JSON of the output contract (timeline/v1), indexed
// for the views. Pure functions, no DOM, so that node --test can run them.

export const DAY = 86400000;

/** parseDay reads "YYYY-MM-DD" as a UTC time in milliseconds, or null. */
export function parseDay(s) {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  const d = new Date(t);
  if (d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return null;
  return t;
}

/** dayString writes a UTC time as "YYYY-MM-DD". */
export function dayString(t) {
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * valueInterval reads the simple TIMEX3 values ("2017", "2017-04",
 * "2017-04-12") as [start, end] days, for events that carry no start and
 * end. Other values give null.
 */
export function valueInterval(v) {
  if (typeof v !== 'string') return null;
  let m;
  if ((m = /^(\d{4})$/.exec(v))) return [Date.UTC(+m[1], 0, 1), Date.UTC(+m[1], 11, 31)];
  if ((m = /^(\d{4})-(\d{2})$/.exec(v)) && +m[2] >= 1 && +m[2] <= 12) {
    return [Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 0)];
  }
  const d = parseDay(v);
  return d == null ? null : [d, d];
}

/**
 * eventInterval returns an event's time span as [start, endExclusive] in
 * milliseconds (the contract's end day is inclusive), or null when the
 * event is undated.
 */
export function eventInterval(ev) {
  let start = parseDay(ev.start);
  let end = parseDay(ev.end);
  if (start == null) {
    const iv = valueInterval(ev.date);
    if (!iv) return null;
    [start, end] = iv;
  }
  if (end == null || end < start) end = start;
  return [start, end + DAY];
}

/** overlaps tells whether [a0, a1) and [b0, b1) share a moment. */
export function overlaps(a0, a1, b0, b1) {
  return a0 < b1 && b0 < a1;
}

const TYPE_ORDER = ['PERSON', 'ORGANIZATION', 'LOCATION'];

/** typeLabel names an entity type for people. */
export function typeLabel(type, plural) {
  const names = {
    PERSON: ['Person', 'People'],
    ORGANIZATION: ['Organization', 'Organizations'],
    LOCATION: ['Place', 'Places'],
  };
  const n = names[type];
  if (n) return n[plural ? 1 : 0];
  const t = String(type || 'Other').toLowerCase();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** typeRank orders entity types: people, organizations, places, others. */
export function typeRank(type) {
  const i = TYPE_ORDER.indexOf(type);
  return i < 0 ? TYPE_ORDER.length : i;
}

function arr(x) {
  return Array.isArray(x) ? x : [];
}

function str(x) {
  return typeof x === 'string' ? x : x == null ? '' : String(x);
}

/**
 * buildModel indexes the contract's JSON. It never trusts the shape: a
 * missing list is empty, a missing string is '', an unknown entity id in
 * an event or edge is kept as a bare id.
 */
export function buildModel(raw) {
  raw = raw && typeof raw === 'object' ? raw : {};
  const documents = new Map();
  for (const d of arr(raw.documents)) {
    if (d && d.id != null) documents.set(str(d.id), d);
  }

  const graphRaw = raw.graph && typeof raw.graph === 'object' ? raw.graph : {};
  const nodes = new Map();
  for (const n of arr(graphRaw.nodes)) {
    if (n && n.id != null) nodes.set(str(n.id), n);
  }

  const entities = [];
  const entityById = new Map();
  for (const e of arr(raw.entities)) {
    if (!e || e.id == null) continue;
    const id = str(e.id);
    const node = nodes.get(id);
    const ent = {
      id,
      name: str(e.name) || id,
      type: str(e.type) || 'OTHER',
      aliases: arr(e.aliases).map(str).filter(Boolean),
      roles: arr(e.roles).map(str).filter(Boolean),
      mentions: +e.mentions || 0,
      documents: arr(e.documents).map(str),
      pagerank: node ? +node.pagerank || 0 : 0,
      community: node && node.community != null ? +node.community : null,
      degree: node ? +node.degree || 0 : 0,
      events: [],
    };
    ent.search = [ent.name, ...ent.aliases].join('\n').toLowerCase();
    entities.push(ent);
    entityById.set(id, ent);
  }
  // Graph nodes without an entity record still get one, so that every id
  // the views meet has a name and a type.
  for (const [id, n] of nodes) {
    if (entityById.has(id)) continue;
    const ent = {
      id, name: str(n.label) || id, type: str(n.type) || 'OTHER', aliases: [], roles: [],
      mentions: +n.mentions || 0, documents: [], pagerank: +n.pagerank || 0,
      community: n.community != null ? +n.community : null, degree: +n.degree || 0, events: [],
    };
    ent.search = ent.name.toLowerCase();
    entities.push(ent);
    entityById.set(id, ent);
  }

  const events = [];
  for (const ev of arr(raw.events)) {
    if (!ev || ev.id == null) continue;
    const iv = eventInterval(ev);
    const e = {
      id: str(ev.id),
      date: str(ev.date),
      granularity: str(ev.granularity) || (iv ? 'day' : ''),
      summary: str(ev.summary) || str(ev.trigger) || '(no summary)',
      trigger: str(ev.trigger),
      entities: arr(ev.entities).map(str),
      sources: arr(ev.sources).filter((s) => s && typeof s === 'object').map((s) => ({
        document: str(s.document),
        sentence: str(s.sentence),
        timeText: str(s.time_text),
        offset: s.offset,
      })),
      start: iv ? iv[0] : null,
      end: iv ? iv[1] : null,
    };
    e.main = e.entities[0] || '';
    events.push(e);
    for (const id of new Set(e.entities)) {
      const ent = entityById.get(id);
      if (ent) ent.events.push(e);
    }
  }
  events.sort(compareEvents);
  for (const ent of entities) ent.events.sort(compareEvents);
  const eventById = new Map(events.map((e) => [e.id, e]));

  const edges = [];
  for (const ed of arr(graphRaw.edges)) {
    if (!ed || ed.source == null || ed.target == null) continue;
    const first = parseDay(ed.first);
    const last = parseDay(ed.last);
    edges.push({
      source: str(ed.source),
      target: str(ed.target),
      weight: +ed.weight || +ed.count || 1,
      count: +ed.count || 0,
      documents: arr(ed.documents).map(str),
      first,
      last: last == null ? first : last + DAY,
    });
  }

  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    if (e.start == null) continue;
    lo = Math.min(lo, e.start);
    hi = Math.max(hi, e.end);
  }
  const extent = lo === Infinity ? null : [lo, hi];

  // Communities, largest first, each named by its best-ranked members.
  const byCommunity = new Map();
  for (const ent of entities) {
    if (ent.community == null || !nodes.has(ent.id)) continue;
    if (!byCommunity.has(ent.community)) byCommunity.set(ent.community, []);
    byCommunity.get(ent.community).push(ent);
  }
  const communities = [...byCommunity.entries()]
    .map(([id, members]) => {
      members.sort((a, b) => b.pagerank - a.pagerank || a.name.localeCompare(b.name));
      return { id, members, label: members.slice(0, 2).map((m) => m.name).join(', ') };
    })
    .sort((a, b) => b.members.length - a.members.length || a.id - b.id);

  return {
    schema: str(raw.schema),
    documents, entities, entityById, events, eventById, edges, nodes, extent, communities,
  };
}

/** compareEvents orders events by start, then by end, then by id; undated last. */
export function compareEvents(a, b) {
  if (a.start == null || b.start == null) {
    if (a.start != null) return -1;
    if (b.start != null) return 1;
  } else if (a.start !== b.start) {
    return a.start - b.start;
  } else if (a.end !== b.end) {
    return a.end - b.end;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * filterEvents keeps the events that include entity (when given) and
 * overlap [from, to) (when given). Undated events pass the date filter only
 * when there is none.
 */
export function filterEvents(events, { entity = null, from = null, to = null } = {}) {
  return events.filter((e) => {
    if (entity && !e.entities.includes(entity)) return false;
    if (from != null && to != null) {
      if (e.start == null) return false;
      if (!overlaps(e.start, e.end, from, to)) return false;
    }
    return true;
  });
}

/**
 * edgeInRange tells whether an edge was seen in [from, to). An edge with
 * no dates is in every range only when there is no range.
 */
export function edgeInRange(edge, from, to) {
  if (from == null || to == null) return true;
  if (edge.first == null) return false;
  return overlaps(edge.first, edge.last, from, to);
}

/**
 * highlight splits a sentence into segments, marking the time expression
 * (its first occurrence) and the names given (whole words only; longer
 * names first). Each segment is {text, kind: 'time'|'name'|'', entity}.
 */
export function highlight(sentence, timeText, names) {
  const s = str(sentence);
  const marks = [];
  const free = (a, b) => marks.every((m) => b <= m.start || a >= m.end);
  if (timeText) {
    const i = s.indexOf(timeText);
    if (i >= 0) marks.push({ start: i, end: i + timeText.length, kind: 'time', entity: '' });
  }
  const sorted = [...arr(names)].filter((n) => n && n.text && n.text.length > 1)
    .sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
  for (const n of sorted) {
    let from = 0;
    for (;;) {
      const i = s.indexOf(n.text, from);
      if (i < 0) break;
      const j = i + n.text.length;
      if (isBoundary(s, i - 1) && isBoundary(s, j) && free(i, j)) {
        marks.push({ start: i, end: j, kind: 'name', entity: n.entity });
      }
      from = i + 1;
    }
  }
  marks.sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) out.push({ text: s.slice(at, m.start), kind: '', entity: '' });
    out.push({ text: s.slice(m.start, m.end), kind: m.kind, entity: m.entity });
    at = m.end;
  }
  if (at < s.length) out.push({ text: s.slice(at), kind: '', entity: '' });
  return out;
}

function isBoundary(s, i) {
  if (i < 0 || i >= s.length) return true;
  return !/[\p{L}\p{N}_]/u.test(s[i]);
}
