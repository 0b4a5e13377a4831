// Explorer: time from elements added to layoutstop + next animation frame, in headless Chromium, with the
// explorer's own fcose options (client/src/ui/graphView.ts) and a stylesheet close to the explorer's.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { mulberry32 } from './corpus.ts';

const require = createRequire(import.meta.url);
const script = (p: string) => readFileSync(require.resolve(p), 'utf8');

const TYPES = ['Agency', 'Campaign', 'Law', 'Meeting', 'Official', 'Proposal', 'Measure'];

/** A graph of `total` elements (about 40 % nodes): a few hubs and communities, like a neighbourhood view. */
export function makeElements(total: number, seed = 7) {
  const rng = mulberry32(seed + total);
  const n = Math.round(total * 0.4);
  const m = total - n;
  const nodes = Array.from({ length: n }, (_, i) => ({ data: { id: `n${i}`, label: `${TYPES[i % 7]}节点${i}`, type: TYPES[i % 7] } }));
  const edges = [];
  const seen = new Set<string>();
  for (let k = 0; edges.length < m && k < m * 10; k++) {
    const a = Math.floor(rng() * n);
    // half the edges go to a hub, the rest stay near (communities)
    const b = rng() < 0.5 ? Math.floor(rng() * Math.max(5, n / 50)) : Math.min(n - 1, Math.max(0, a + Math.floor((rng() - 0.5) * 40)));
    if (a === b || seen.has(`${a}-${b}`) || seen.has(`${b}-${a}`)) continue;
    seen.add(`${a}-${b}`);
    edges.push({ data: { id: `e${edges.length}`, source: `n${a}`, target: `n${b}`, type: 'CO_HANDLES' } });
  }
  return [...nodes, ...edges];
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>html,body,#cy{margin:0;width:100%;height:100%}</style></head><body><div id="cy"></div></body></html>`;

const MEASURE = `async (els) => {
  cytoscape.use(cytoscapeFcose);
  const cy = cytoscape({
    container: document.getElementById('cy'),
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, width: 18, height: 18, 'background-color': '#4a7' } },
      { selector: 'edge', style: { width: 1, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#999' } },
    ],
  });
  const n = els.filter((e) => !e.data.source).length;
  return await new Promise((done) => {
    const t0 = performance.now();
    cy.add(els);
    const layout = cy.elements().layout({
      name: 'fcose', quality: n > 300 ? 'draft' : 'default', randomize: true, animate: false, nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => (n > 60 ? 90 : 130), nodeRepulsion: () => 9000, padding: 30, numIter: 2500,
    });
    layout.one('layoutstop', () => {
      cy.fit(undefined, 30);
      requestAnimationFrame(() => done(performance.now() - t0));
    });
    layout.run();
  });
}`;

export async function explorerBench(sizes: number[], runs: number): Promise<Record<number, number[]>> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const out: Record<number, number[]> = {};
  try {
    for (let r = 0; r < runs; r++) {
      for (const size of sizes) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.setContent(PAGE);
        for (const p of ['cytoscape/dist/cytoscape.min.js', 'layout-base/layout-base.js', 'cose-base/cose-base.js', 'cytoscape-fcose/cytoscape-fcose.js'])
          await page.addScriptTag({ content: script(p) });
        const elements = makeElements(size);
        // A plain string: tsx would inject helpers (__name) into a serialised function.
        const ms = (await page.evaluate(`(${MEASURE})(${JSON.stringify(elements)})`)) as number;
        (out[size] ??= []).push(ms);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
