// The breadth-first layout puts each level in one row: a hub's many neighbours end up with their labels on top of
// each other. Rows too tight for their labels are spread over several staggered sub-rows, and the levels below move
// down to make room, so level order is kept and no label covers another.

export interface Placed {
  id: string;
  x: number;
  y: number;
  /** Width of the node with its label. */
  width: number;
}

/** Space kept between two labels in a row. */
const LABEL_GAP = 12;

/** How many sub-rows a row needs so that labels in one sub-row (k spacings apart) do not touch. */
function subRowsNeeded(row: Placed[]): number {
  if (row.length < 2) return 1;
  const spacing = (row[row.length - 1]!.x - row[0]!.x) / (row.length - 1);
  const needed = Math.max(...row.map((n) => n.width)) + LABEL_GAP;
  return spacing > 0 ? Math.max(1, Math.ceil(needed / spacing)) : row.length;
}

/**
 * New positions of the nodes that move: each crowded row split into as many sub-rows (`rowGap` apart, at least the
 * height of a node with its label) as its labels need; every row below shifted down by what the rows above added.
 */
export function staggerRows(nodes: Placed[], rowGap: number): Map<string, { x: number; y: number }> {
  const rows = new Map<number, Placed[]>();
  for (const n of nodes) {
    const key = Math.round(n.y);
    rows.set(key, [...(rows.get(key) ?? []), n]);
  }
  const moved = new Map<string, { x: number; y: number }>();
  let shift = 0;
  for (const [, row] of [...rows.entries()].sort(([a], [b]) => a - b)) {
    row.sort((a, b) => a.x - b.x);
    const k = subRowsNeeded(row);
    row.forEach((n, i) => {
      const dy = shift + (i % k) * rowGap;
      if (dy) moved.set(n.id, { x: n.x, y: n.y + dy });
    });
    shift += (k - 1) * rowGap;
  }
  return moved;
}
