// The font stack of the page, shared by the CSS and the text measuring
// of the timeline and the graph. Only fonts installed on the machine: the
// page loads nothing from the network.
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif';
