// Dates and numbers written for people. All times are UTC days.

import { utcFormat } from 'd3-time-format';
import { DAY } from './data.js';

const fmtDay = utcFormat('%a %-d %b %Y');
const fmtDayShort = utcFormat('%-d %b');
const fmtDayYear = utcFormat('%-d %b %Y');
const fmtMonth = utcFormat('%B %Y');
const fmtMonthName = utcFormat('%B');
const fmtYear = utcFormat('%Y');

function ordinal(n) {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return n + (s[(v - 20) % 10] || s[v] || s[0]);
}

/** eventDate writes an event's date at its granularity. */
export function eventDate(ev) {
  if (ev.start == null) return 'Undated';
  const start = new Date(ev.start);
  const last = new Date(ev.end - DAY);
  const y = start.getUTCFullYear();
  switch (ev.granularity) {
    case 'day':
      return ev.end - ev.start <= DAY ? fmtDay(start) : range(ev.start, ev.end);
    case 'week': {
      const m = /W(\d+)/.exec(ev.date);
      return (m ? `Week ${+m[1]} · ` : 'Week of ') + range(ev.start, ev.end);
    }
    case 'month':
      if (last.getUTCFullYear() !== y) return `${fmtMonth(start)} – ${fmtMonth(last)}`;
      if (last.getUTCMonth() !== start.getUTCMonth()) return `${fmtMonthName(start)} – ${fmtMonth(last)}`;
      return fmtMonth(start);
    case 'half':
      return `H${start.getUTCMonth() < 6 ? 1 : 2} ${y}`;
    case 'quarter':
      return `Q${Math.floor(start.getUTCMonth() / 3) + 1} ${y}`;
    case 'year':
      // "1985/86", a fiscal or crop year, spans two.
      return last.getUTCFullYear() !== y ? `${fmtYear(start)} – ${fmtYear(last)}` : fmtYear(start);
    case 'decade':
      return `${Math.floor(y / 10) * 10}s`;
    case 'century':
      return `${ordinal(Math.floor(y / 100) + 1)} century`;
    default:
      return ev.end - ev.start <= DAY ? fmtDay(start) : `${fmtDayYear(start)} – ${fmtDayYear(last)}`;
  }
}

/** range writes [from, to) as "3 – 16 Apr 2017" or "3 Apr 2016 – 16 Apr 2017". */
export function range(from, to) {
  const a = new Date(from);
  const b = new Date(to - DAY);
  if (to - from <= DAY) return fmtDayYear(a);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${fmtDayYear(a)} – ${fmtDayYear(b)}`;
  if (a.getUTCMonth() === b.getUTCMonth()) return `${a.getUTCDate()} – ${fmtDayYear(b)}`;
  return `${fmtDayShort(a)} – ${fmtDayYear(b)}`;
}

/** count writes "1 event", "12 events". */
export function count(n, one, many) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many || one + 's'}`;
}

/** yearSpan writes the years an extent covers: "2003 – 2017". */
export function yearSpan(extent) {
  if (!extent) return '';
  const a = new Date(extent[0]).getUTCFullYear();
  const b = new Date(extent[1] - DAY).getUTCFullYear();
  return a === b ? String(a) : `${a} – ${b}`;
}
