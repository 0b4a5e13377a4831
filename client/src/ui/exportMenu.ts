// The toolbar's export menu: PNG, SVG, JSON, CSV (nodes, relations), GraphML of what the graph shows.
import { toJson } from '../graphSnapshot.ts';
import type { MsgKey } from '../i18n.ts';
import { toCsv } from '../toCsv.ts';
import { toGraphML } from '../toGraphML.ts';
import { toSvg } from '../toSvg.ts';
import { download, h } from './dom.ts';
import type { GraphView } from './graphView.ts';

export interface ExportMenuOptions {
  /** Registers an element for relabelling on a language switch. */
  label: <E extends HTMLElement>(el: E, key: MsgKey) => E;
  graph: () => GraphView;
  /** The SVG's title. */
  title: () => string;
  fileName: (ext: string) => string;
  /** Called instead of exporting when no node is visible. */
  nothing: () => void;
}

export function exportMenu(o: ExportMenuOptions): HTMLDetailsElement {
  const menu: HTMLDetailsElement = h('details', { class: 'export-menu', 'data-testid': 'export-menu' });
  const item = (testid: string, key: MsgKey, fn: () => void) =>
    o.label(
      h('button', {
        type: 'button',
        'data-testid': testid,
        onclick: () => {
          if (o.graph().cy.nodes(':visible').empty()) return o.nothing();
          fn();
          menu.removeAttribute('open');
        },
      }),
      key,
    );
  const snap = () => o.graph().snapshot();
  menu.append(
    o.label(h('summary', { 'data-testid': 'export-toggle' }), 'export'),
    h(
      'div',
      { class: 'menu' },
      item('export-png', 'exportPng', () => download(o.fileName('png'), o.graph().png())),
      item('export-svg', 'exportSvg', () => download(o.fileName('svg'), toSvg(snap(), { title: o.title() }), 'image/svg+xml;charset=utf-8')),
      item('export-json', 'exportJson', () => download(o.fileName('json'), toJson(snap()), 'application/json')),
      item('export-csv-nodes', 'exportCsvNodes', () => download(o.fileName('nodes.csv'), toCsv(snap(), 'nodes'), 'text/csv;charset=utf-8')),
      item('export-csv-edges', 'exportCsvEdges', () => download(o.fileName('edges.csv'), toCsv(snap(), 'edges'), 'text/csv;charset=utf-8')),
      item('export-graphml', 'exportGraphml', () => download(o.fileName('graphml'), toGraphML(snap()), 'application/graphml+xml')),
    ),
  );
  return menu;
}
