// Explorer: time from GraphView.setElements (the explorer's own class, stylesheet and layout options, bundled from
// client/src/ui/graphView.ts) to layoutstop + next animation frame, in headless Chromium.
import { fileURLToPath } from 'node:url';
import type { ElementDefinition } from 'cytoscape';
import { chromium } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { ENTITY_TYPES, RELATION_TYPES } from '../ingest/model.ts';
import { subgraphToElements } from '../client/src/toElements.ts';
import type { GraphEdge, GraphNode } from '../client/src/types.ts';
import { chromiumPath } from '../scripts/provision.ts';
import { mulberry32 } from './corpus.ts';

const GRAPH_VIEW = fileURLToPath(new URL('../client/src/ui/graphView.ts', import.meta.url));

const PROVINCES = ['湖南省', '广东省', '浙江省', '北京市', '上海市', '四川省', '江苏省', '河南省'];
const SUFFIX: Record<string, string> = {
  Agency: '公安厅',
  Campaign: '“断卡”行动',
  Law: '反电信网络诈骗条例',
  Meeting: '反诈联席会议',
  Official: '副厅长',
  Proposal: '关于加强反诈宣传的建议',
  Measure: '涉诈账户管控措施',
};

/** A graph of `total` elements (about 40 % nodes): a few hubs and communities, like a neighbourhood view. */
export function makeElements(total: number, seed = 7): ElementDefinition[] {
  const rng = mulberry32(seed + total);
  const n = Math.round(total * 0.4);
  const m = total - n;
  const nodes: GraphNode[] = Array.from({ length: n }, (_, i) => {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length]!;
    return { id: `n${i}`, type, name: `${PROVINCES[i % PROVINCES.length]}${SUFFIX[type]}${i}`, aliases: [], degree: 0, betweenness: 0, community: 0 };
  });
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (let k = 0; edges.length < m && k < m * 10; k++) {
    const a = Math.floor(rng() * n);
    // half the edges go to a hub, the rest stay near (communities)
    const b = rng() < 0.5 ? Math.floor(rng() * Math.max(5, n / 50)) : Math.min(n - 1, Math.max(0, a + Math.floor((rng() - 0.5) * 40)));
    if (a === b || seen.has(`${a}-${b}`) || seen.has(`${b}-${a}`)) continue;
    seen.add(`${a}-${b}`);
    const type = RELATION_TYPES[edges.length % RELATION_TYPES.length]!;
    edges.push({ id: `e${edges.length}`, source: `n${a}`, target: `n${b}`, type, weight: 1 + Math.floor(rng() * 4), shared: [], evidence: [] });
  }
  return subgraphToElements({ nodes, edges });
}

/** GraphView and its imports (cytoscape, fcose, stylesheet) as one script that defines the global `Explorer`. */
async function bundleGraphView(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: GRAPH_VIEW, formats: ['iife'], name: 'Explorer' } },
  })) as Rolldown.RolldownOutput[];
  return out[0]!.output[0].code;
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>html,body,#cy{margin:0;width:100%;height:100%}</style></head><body><div id="cy"></div></body></html>`;

const MEASURE = `async (els) => {
  const noop = () => {};
  const view = new Explorer.GraphView(document.getElementById('cy'), {
    onNodeTap: noop, onEdgeTap: noop, onNodeDoubleTap: noop, onBackgroundTap: noop, onUndoChange: noop,
  });
  const stopped = new Promise((done) => view.cy.one('layoutstop', done));
  const t0 = performance.now();
  view.setElements(els, 'n0');
  await stopped;
  await new Promise((done) => requestAnimationFrame(done));
  return performance.now() - t0;
}`;

export async function explorerBench(sizes: number[], runs: number): Promise<Record<number, number[]>> {
  const code = await bundleGraphView();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const out: Record<number, number[]> = {};
  try {
    for (let r = 0; r < runs; r++) {
      for (const size of sizes) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.setContent(PAGE);
        await page.addScriptTag({ content: code });
        // A plain string: tsx would inject helpers (__name) into a serialised function.
        const ms = (await page.evaluate(`(${MEASURE})(${JSON.stringify(makeElements(size))})`)) as number;
        (out[size] ??= []).push(ms);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}
