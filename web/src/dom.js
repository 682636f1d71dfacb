// DOM helpers. Every string from the data reaches the page through
// createTextNode or setAttribute, never through innerHTML: article text is
// untrusted, and a name or sentence holding "<script>" must show as text.

/**
 * h builds an element: h('div', {class: 'x', onclick: f}, 'text', child).
 * Attributes named on* become event listeners; null, undefined and false
 * attributes and children are skipped; strings become text nodes.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** svg builds an SVG element, with attributes as h. */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v);
    } else if (k === 'dataset') {
      for (const [dk, dv] of Object.entries(v)) el.dataset[dk] = String(dv);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

/** append adds children (nodes, strings, numbers, nested arrays) to el. */
export function append(el, children) {
  for (const c of [children].flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** clear removes every child of el. */
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/**
 * safeURL returns u when it is an http or https address, else '': a
 * document's URL comes from the article and may be "javascript:...".
 */
export function safeURL(u) {
  if (typeof u !== 'string') return '';
  return /^https?:\/\/[^\s]+$/i.test(u.trim()) ? u.trim() : '';
}
