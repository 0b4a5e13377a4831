// The cytoscape canvas: elements, layouts, expand/collapse with undo, legend filters, highlighting, exports.
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular, type EdgeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { LARGE_GRAPH_NODES, buildStylesheet, typeColor, typeShape } from '../graphStyle.ts';
import { staggerRows } from '../staggerRows.ts';
import type { GraphSnapshot } from '../graphSnapshot.ts';
import type { LayoutName } from '../urlState.ts';

cytoscape.use(fcose);

type Action = { kind: 'add'; ids: string[]; expandedId?: string } | { kind: 'remove'; json: ElementDefinition[] };

export interface GraphHandlers {
  onNodeTap(id: string): void;
  onEdgeTap(edge: EdgeSingular): void;
  onNodeDoubleTap(id: string): void;
  onBackgroundTap(): void;
  onUndoChange(canUndo: boolean): void;
}

export class GraphView {
  readonly cy: Core;
  private undoStack: Action[] = [];
  layoutName: LayoutName = 'fcose';
  focusId?: string;
  private hiddenTypes = new Set<string>();
  private hiddenRels = new Set<string>();
  /** More than LARGE_GRAPH_NODES nodes: the stylesheet built for speed is in use. */
  private large = false;

  constructor(container: HTMLElement, private handlers: GraphHandlers) {
    this.cy = cytoscape({
      container,
      style: buildStylesheet() as never,
      minZoom: 0.1,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
    });
    (window as unknown as { __cy: Core }).__cy = this.cy;
    if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => this.cy.resize()).observe(container);
    this.cy.on('tap', 'node', (ev) => handlers.onNodeTap((ev.target as NodeSingular).id()));
    this.cy.on('tap', 'edge', (ev) => handlers.onEdgeTap(ev.target as EdgeSingular));
    this.cy.on('dbltap', 'node', (ev) => handlers.onNodeDoubleTap((ev.target as NodeSingular).id()));
    this.cy.on('tap', (ev) => {
      if (ev.target === this.cy) handlers.onBackgroundTap();
    });
  }

  /** Replace everything shown. */
  setElements(els: ElementDefinition[], focusId?: string): void {
    this.focusId = focusId;
    this.cy.batch(() => {
      this.cy.elements().remove();
      // While the graph is empty: a stylesheet switch walks every element present.
      this.restyleForSize(els.filter((e) => e.group === 'nodes').length);
      this.cy.add(els);
      this.markFocus();
      this.applyHidden();
    });
    this.undoStack = [];
    this.handlers.onUndoChange(false);
    this.runLayout();
  }

  /** Switch stylesheets when the graph crosses LARGE_GRAPH_NODES. */
  private restyleForSize(nodes = this.cy.nodes().length): void {
    const large = nodes > LARGE_GRAPH_NODES;
    if (large === this.large) return;
    this.large = large;
    this.cy.style(buildStylesheet(large) as never);
  }

  private markFocus(): void {
    this.cy.nodes().removeClass('focus');
    if (this.focusId) this.cy.getElementById(this.focusId).addClass('focus');
  }

  /** Add elements not yet shown (ids already deduplicated by the caller); records an undoable action. */
  addElements(els: ElementDefinition[], expandedId?: string): string[] {
    const fresh = els.filter((e) => e.data.id && this.cy.getElementById(e.data.id).empty());
    const added = this.cy.add(fresh);
    this.restyleForSize();
    this.applyHidden();
    const ids = added.map((e) => e.id());
    this.undoStack.push({ kind: 'add', ids, expandedId });
    this.handlers.onUndoChange(true);
    if (ids.length) {
      const anchor = expandedId ? this.cy.getElementById(expandedId) : undefined;
      if (anchor && anchor.nonempty()) {
        const p = anchor.position();
        added.nodes().positions(() => ({ x: p.x + (Math.random() - 0.5) * 80, y: p.y + (Math.random() - 0.5) * 80 }));
      }
      this.runLayout(false);
    }
    return ids;
  }

  /** Remove the neighbours that hang only on this node (not the focus). Returns how many nodes went. */
  collapse(id: string): number {
    const node = this.cy.getElementById(id);
    if (node.empty()) return 0;
    const leaves = node.neighborhood('node').filter((n) => {
      if (n.id() === this.focusId) return false;
      return n.neighborhood('node').every((m) => (m as unknown as NodeSingular).id() === id);
    });
    if (leaves.empty()) return 0;
    const removed = leaves.union(leaves.connectedEdges());
    const json = removed.jsons() as unknown as ElementDefinition[];
    removed.remove();
    this.restyleForSize();
    this.undoStack.push({ kind: 'remove', json });
    this.handlers.onUndoChange(true);
    return leaves.length;
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Undo the last expand or collapse; returns the node id an undone expansion belonged to. */
  undo(): { expandedId?: string } {
    const a = this.undoStack.pop();
    this.handlers.onUndoChange(this.undoStack.length > 0);
    if (!a) return {};
    if (a.kind === 'add') {
      this.cy.batch(() => {
        for (const id of a.ids) this.cy.getElementById(id).remove();
      });
      this.restyleForSize();
      return { expandedId: a.expandedId };
    }
    const nodes = a.json.filter((j) => j.group === 'nodes');
    const edges = a.json.filter((j) => j.group === 'edges');
    this.cy.add(nodes.filter((j) => this.cy.getElementById(j.data.id!).empty()));
    this.cy.add(edges.filter((j) => this.cy.getElementById(j.data.id!).empty() && this.cy.getElementById(j.data.source).nonempty() && this.cy.getElementById(j.data.target).nonempty()));
    this.restyleForSize();
    this.applyHidden();
    return {};
  }

  setLayout(name: LayoutName): void {
    this.layoutName = name;
    this.runLayout();
  }

  /** `fit: false` everywhere: runLayout fits (with a zoom cap) afterwards, and each fit measures every element. */
  layoutOptions(randomize = true): LayoutOptions {
    const n = this.cy.nodes(':visible').length;
    switch (this.layoutName) {
      case 'concentric':
        return {
          name: 'concentric',
          concentric: (node: NodeSingular) => node.degree(false),
          levelWidth: () => 2,
          minNodeSpacing: 24,
          animate: false,
          fit: false,
        } as LayoutOptions;
      case 'breadthfirst': {
        const roots = this.focusId && this.cy.getElementById(this.focusId).nonempty()
          ? this.cy.getElementById(this.focusId)
          : (this.cy.nodes().max((x) => x.degree(false)).ele as unknown as NodeSingular);
        return { name: 'breadthfirst', directed: false, roots, spacingFactor: 1.1, animate: false, fit: false } as LayoutOptions;
      }
      default: {
        // 'default' quality runs at least 5 spring iterations a node, seconds past a few hundred nodes; big views get
        // the spectral 'draft' only, spread wider than fcose's 75 so a hub's neighbours do not pile up in one blob
        // (which also lets the fit zoom out far enough that min-zoomed-font-size skips the labels).
        const draft = n > LARGE_GRAPH_NODES;
        return {
          name: 'fcose',
          quality: draft ? 'draft' : 'default',
          nodeSeparation: draft ? 250 : 75,
          // fcose refines existing positions only in 'default' quality (draft without randomize throws), so an
          // expanded big graph is laid out afresh.
          randomize: randomize || draft,
          animate: false,
          fit: false,
          nodeDimensionsIncludeLabels: true,
          idealEdgeLength: () => (n > 60 ? 90 : 130),
          nodeRepulsion: () => 9000,
          numIter: 2500,
        } as unknown as LayoutOptions;
      }
    }
  }

  runLayout(randomize = true): void {
    const eles = this.cy.elements(':visible');
    if (eles.empty()) return;
    if (eles.nodes().length === 1) {
      eles.nodes().positions(() => ({ x: 0, y: 0 }));
      this.cy.fit(undefined, 120);
      this.cy.zoom(Math.min(this.cy.zoom(), 1.5));
      this.cy.center();
      return;
    }
    eles.layout(this.layoutOptions(randomize)).run();
    if (this.layoutName === 'breadthfirst') this.staggerCrowdedRows();
    this.fit();
  }

  /** Breadth-first levels are single rows: spread the crowded ones so their labels stay readable. */
  private staggerCrowdedRows(): void {
    const nodes = this.cy.nodes(':visible');
    const placed = nodes.map((n) => ({ id: n.id(), ...n.position(), width: n.boundingBox({ includeLabels: true }).w }));
    const tallest = nodes.max((n) => n.boundingBox({ includeLabels: true }).h).value;
    const moved = staggerRows(placed, tallest + 6);
    this.cy.batch(() => {
      for (const [id, pos] of moved) this.cy.getElementById(id).position(pos);
    });
  }

  fit(): void {
    this.cy.fit(this.cy.elements(':visible'), 30);
    if (this.cy.zoom() > 1.6) {
      this.cy.zoom(1.6);
      this.cy.center(this.cy.elements(':visible'));
    }
  }

  zoomBy(f: number): void {
    const c = { x: this.cy.width() / 2, y: this.cy.height() / 2 };
    this.cy.zoom({ level: this.cy.zoom() * f, renderedPosition: c });
  }

  setHidden(types: Iterable<string>, rels: Iterable<string>): void {
    this.hiddenTypes = new Set(types);
    this.hiddenRels = new Set(rels);
    this.applyHidden();
  }

  private applyHidden(): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('hidden-type');
      this.cy.nodes().filter((n) => this.hiddenTypes.has(n.data('type'))).addClass('hidden-type');
      this.cy.edges().filter((e) => this.hiddenRels.has(e.data('type'))).addClass('hidden-type');
    });
  }

  /** Highlight some elements (path), fading the rest. Empty list clears. */
  highlight(ids: string[]): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('path-hl faded');
      if (!ids.length) return;
      const set = new Set(ids);
      this.cy.elements().forEach((el) => {
        el.addClass(set.has(el.id()) ? 'path-hl' : 'faded');
      });
    });
  }

  /** What is visible now, as plain data for exports. */
  snapshot(): GraphSnapshot {
    const nodes = this.cy.nodes(':visible').map((node) => {
      const n = node as unknown as NodeSingular;
      const p = n.position();
      const coord = n.hasClass('coord');
      return {
        id: n.id(),
        label: String(n.data('label') ?? n.id()),
        type: String(n.data('type') ?? ''),
        x: p.x,
        y: p.y,
        width: n.width(),
        height: n.height(),
        color: coord ? String(n.data('commColor')) : typeColor(n.data('type')),
        shape: typeShape(n.data('type')),
        aliases: (n.data('aliases') as string[] | undefined) ?? [],
        degree: Number(n.data('degree') ?? n.degree(false)),
        betweenness: Number(n.data('betweenness') ?? 0),
        community: Number(n.data('community') ?? 0),
      };
    });
    const edges = this.cy.edges(':visible').map((e) => ({
      id: String(e.data('rid') ?? e.id()),
      source: e.source().id(),
      target: e.target().id(),
      type: String(e.data('type')),
      weight: Number(e.data('weight') ?? 1),
      width: Number(e.data('width') ?? 2),
      color: String(e.data('color') ?? '#64748b'),
      evidence: (e.data('evidence') as GraphSnapshot['edges'][number]['evidence']) ?? [],
    }));
    return { nodes, edges };
  }

  png(): Blob {
    return this.cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 4000, maxHeight: 4000 }) as unknown as Blob;
  }

  resize(): void {
    this.cy.resize();
  }
}
