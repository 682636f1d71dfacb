// Tests of the data model's pure functions: node --test src/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDay, eventInterval, filterEvents, edgeInRange, highlight, buildModel, DAY } from './data.js';
import { readState, writeState, defaults } from './state.js';

test('parseDay reads calendar days only', () => {
  const cases = [
    ['2017-04-12', Date.UTC(2017, 3, 12)],
    ['2016-02-29', Date.UTC(2016, 1, 29)],
    ['2017-02-29', null],
    ['2017-13-01', null],
    ['2017-04', null],
    ['', null],
    [undefined, null],
  ];
  for (const [input, want] of cases) assert.equal(parseDay(input), want, String(input));
});

test('eventInterval covers the inclusive end day, or reads the value', () => {
  const cases = [
    [{ start: '2017-04-10', end: '2017-04-16' }, [Date.UTC(2017, 3, 10), Date.UTC(2017, 3, 17)]],
    [{ date: '2017-04', start: '', end: '' }, [Date.UTC(2017, 3, 1), Date.UTC(2017, 4, 1)]],
    [{ date: '2016' }, [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)]],
    [{ date: '2017-W15', start: '', end: '' }, null],
    [{ date: '', start: '', end: '' }, null],
    [{ start: '2017-04-12', end: '2017-04-01' }, [Date.UTC(2017, 3, 12), Date.UTC(2017, 3, 13)]],
  ];
  for (const [ev, want] of cases) assert.deepEqual(eventInterval(ev), want, JSON.stringify(ev));
});

test('filterEvents by entity and by overlapping dates', () => {
  const m = buildModel({
    events: [
      { id: 'a', start: '2017-04-01', end: '2017-04-01', entities: ['p/x'] },
      { id: 'b', start: '2017-04-03', end: '2017-04-09', entities: ['p/y'] },
      { id: 'c', date: '', entities: ['p/x'] },
    ],
  });
  const ids = (evs) => evs.map((e) => e.id);
  assert.deepEqual(ids(filterEvents(m.events)), ['a', 'b', 'c']);
  assert.deepEqual(ids(filterEvents(m.events, { entity: 'p/x' })), ['a', 'c']);
  const from = Date.UTC(2017, 3, 5);
  assert.deepEqual(ids(filterEvents(m.events, { from, to: from + DAY })), ['b']);
  assert.deepEqual(ids(filterEvents(m.events, { entity: 'p/x', from, to: from + DAY })), []);
});

test('edgeInRange needs dates when there is a range', () => {
  const e = { first: Date.UTC(2017, 3, 10), last: Date.UTC(2017, 3, 12) };
  assert.equal(edgeInRange(e, null, null), true);
  assert.equal(edgeInRange(e, Date.UTC(2017, 3, 11), Date.UTC(2017, 3, 20)), true);
  assert.equal(edgeInRange(e, Date.UTC(2017, 3, 12), Date.UTC(2017, 3, 20)), false);
  assert.equal(edgeInRange({ first: null, last: null }, null, null), true);
  assert.equal(edgeInRange({ first: null, last: null }, 0, DAY), false);
});

test('highlight marks the time expression and whole-word names', () => {
  const segs = highlight('On Wednesday Putin met Putinists and Vladimir Putin.', 'Wednesday', [
    { text: 'Putin', entity: 'p/putin' },
    { text: 'Vladimir Putin', entity: 'p/putin' },
  ]);
  assert.deepEqual(segs.filter((s) => s.kind).map((s) => [s.kind, s.text]), [
    ['time', 'Wednesday'], ['name', 'Putin'], ['name', 'Vladimir Putin'],
  ]);
  assert.equal(segs.map((s) => s.text).join(''), 'On Wednesday Putin met Putinists and Vladimir Putin.');
  assert.deepEqual(highlight('<script>x</script>', '', []), [{ text: '<script>x</script>', kind: '', entity: '' }]);
});

test('the state survives the URL, and stale values are dropped', () => {
  const m = buildModel({
    entities: [{ id: 'person/vladimir-putin', name: 'Vladimir Putin', type: 'PERSON' }],
    events: [{ id: 'e1', start: '2017-04-12', end: '2017-04-12', entities: [] }],
  });
  const s = { ...defaults(), entity: 'person/vladimir-putin', event: 'e1', from: Date.UTC(2017, 3, 3), to: Date.UTC(2017, 3, 10), lanes: 'community', q: 'put' };
  const hash = writeState(s);
  assert.equal(hash, '#entity=person/vladimir-putin&from=2017-04-03&to=2017-04-09&event=e1&lanes=community&q=put');
  assert.deepEqual(readState(hash, m), s);
  assert.deepEqual(readState('#entity=person/nobody&event=e9&from=2017-04-10&to=2017-04-01&lanes=x', m), defaults());
  assert.equal(writeState(defaults()), '');
});
