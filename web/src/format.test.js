// Tests of the dates written for people: node --test src/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDate } from './format.js';

test('eventDate writes spans of months and years whole', () => {
  const ev = (granularity, start, end) => ({ granularity, start: Date.parse(start), end: Date.parse(end) });
  const cases = [
    [ev('year', '1985-01-01', '1986-01-01'), '1985'],
    [ev('year', '1985-01-01', '1987-01-01'), '1985 – 1986'],
    [ev('month', '2017-03-01', '2017-04-01'), 'March 2017'],
    [ev('month', '2017-03-01', '2017-06-01'), 'March – May 2017'],
    [ev('month', '2016-12-01', '2017-03-01'), 'December 2016 – February 2017'],
    [{ granularity: '', start: null, end: null }, 'Undated'],
  ];
  for (const [e, want] of cases) assert.equal(eventDate(e), want, JSON.stringify(e));
});
