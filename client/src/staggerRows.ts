// The breadth-first layout puts each level in one row: a hub's many neighbours end up with their labels on top of
// each other. Rows too tight for their labels are spread over several staggered sub-rows, level order kept.

export interface Placed {
  id: string;
  x: number;
  y: number;
  /** Width of the node with its label. */
  width: number;
}

/** Space kept between two labels in a row. */
const LABEL_GAP = 12;

/** New positions (only of the nodes that move): each crowded row split into as many sub-rows as its labels need. */
export function staggerRows(nodes: Placed[], rowGap = 36): Map<string, { x: number; y: number }> {
  const rows = new Map<number, Placed[]>();
  for (const n of nodes) {
    const key = Math.round(n.y);
    rows.set(key, [...(rows.get(key) ?? []), n]);
  }
  const moved = new Map<string, { x: number; y: number }>();
  for (const row of rows.values()) {
    if (row.length < 2) continue;
    row.sort((a, b) => a.x - b.x);
    const spacing = (row[row.length - 1]!.x - row[0]!.x) / (row.length - 1);
    const needed = Math.max(...row.map((n) => n.width)) + LABEL_GAP;
    // With k sub-rows, labels in one sub-row stand k spacings apart.
    const k = spacing > 0 ? Math.ceil(needed / spacing) : row.length;
    if (k <= 1) continue;
    row.forEach((n, i) => {
      const sub = i % k;
      if (sub) moved.set(n.id, { x: n.x, y: n.y + sub * rowGap });
    });
  }
  return moved;
}
