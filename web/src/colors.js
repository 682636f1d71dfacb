// Colours: by entity type, or by community (the largest ones get a colour
// of their own, the rest share a grey).

export const TYPE_COLORS = {
  PERSON: '#3b6fb6',
  ORGANIZATION: '#e07b24',
  LOCATION: '#3a9a5b',
};
export const OTHER_COLOR = '#8a8f98';

const PALETTE = ['#3b6fb6', '#e07b24', '#3a9a5b', '#c9423f', '#7a5bb5', '#1f9aa8', '#b5842f', '#d0679d', '#5f7a1f', '#6b4f3a'];

/** typeColor is the colour of an entity type. */
export function typeColor(type) {
  return TYPE_COLORS[type] || OTHER_COLOR;
}

/**
 * palette returns colorOf(entityId) for a colour mode, and the legend
 * entries [{label, color, key}] that explain it.
 */
export function palette(model, mode) {
  if (mode === 'community' && model.communities.length) {
    const byCommunity = new Map();
    const legend = [];
    model.communities.forEach((c, i) => {
      const color = i < PALETTE.length && c.members.length > 1 ? PALETTE[i] : OTHER_COLOR;
      byCommunity.set(c.id, color);
      if (color !== OTHER_COLOR) legend.push({ key: String(c.id), label: c.label, color });
    });
    if (model.communities.some((c) => byCommunity.get(c.id) === OTHER_COLOR)) {
      legend.push({ key: 'other', label: 'Smaller communities', color: OTHER_COLOR });
    }
    return {
      legend,
      colorOf(id) {
        const e = model.entityById.get(id);
        return e && e.community != null ? byCommunity.get(e.community) || OTHER_COLOR : OTHER_COLOR;
      },
    };
  }
  const present = new Set(model.entities.map((e) => e.type));
  const legend = [];
  for (const [type, label] of [['PERSON', 'Person'], ['ORGANIZATION', 'Organization'], ['LOCATION', 'Place']]) {
    if (present.has(type)) legend.push({ key: type, label, color: TYPE_COLORS[type] });
  }
  if ([...present].some((t) => !TYPE_COLORS[t])) legend.push({ key: 'other', label: 'Other', color: OTHER_COLOR });
  return {
    legend,
    colorOf(id) {
      const e = model.entityById.get(id);
      return typeColor(e && e.type);
    },
  };
}
