// The contract between the explorer's shell (ui/app.ts) and its views: one module per mode under views/<name>/.
// A view fills its panel and the graph when entered and reacts to its own controls; the shell owns the header,
// tabs, URL state, messages, the details panel, the legend and the toolbar.
import type { EdgeSingular } from 'cytoscape';
import type { ViewState } from '../urlState.ts';
import type { Child } from '../ui/dom.ts';
import type { GraphView } from '../ui/graphView.ts';
import type { Loaded, MessageKind } from '../ui/messages.ts';
import type { EvidenceHandlers } from '../ui/panels.ts';
import type { ReaderFocus } from '../ui/reader.ts';
import type { SearchBox } from '../ui/searchBox.ts';


/** What the shell offers its views. */
export interface Shell {
  /** The view state kept in the URL (replaced on Back/Forward: read it each time, never keep it). */
  readonly state: ViewState;
  readonly graph: GraphView;
  /** The side bar's mode panel, emptied by the shell before a view is entered. */
  readonly panel: HTMLDivElement;
  /** The area laid over the graph for a table instead of the graph (the matrix). */
  readonly overlay: HTMLDivElement;
  /** The message over the graph (loading, empty, error). */
  readonly messageBox: HTMLDivElement;
  /** The header's search box. */
  readonly search: SearchBox;
  /** The entity last tapped or focused; the details panel shows it. */
  selectedId?: string;
  /** Re-renders the view's panel on a language switch; cleared at every mode change. */
  panelRender?: () => void;
  /** Puts the state in the URL; `push` makes a history entry. */
  writeHash(push?: boolean): void;
  /** Runs a graph-loading step with loading / error messages; a result a newer request overtook is dropped. */
  load<T>(fn: () => Promise<T>, retry: () => void): Promise<Loaded<T>>;
  showMessage(kind: MessageKind, text?: string, retry?: () => void): void;
  toast(text: string): void;
  errorText(e: unknown): string;
  /** The entity's details in the side panel. */
  showEntity(id: string): Promise<void>;
  /** The details panel's hint (click a node …). */
  detailsHint(): void;
  /** Other content in the details panel, rebuilt on a language switch. */
  showDetails(build: () => Child[]): void;
  evidenceHandlers(): EvidenceHandlers;
  /** The document reader on a document, optionally at a quote or range; `study`: every span marked, facts listed. */
  openDocument(id: string, at?: ReaderFocus, study?: boolean): void;
  renderLegend(): void;
}

export interface View {
  /** Fills the panel (`shell.panel`) and the graph for `shell.state`. */
  enter(): void | Promise<void>;
  /** Language switch or URL change, whichever mode is shown (for widgets the view keeps between visits). */
  relabel?(): void;
  /** An edge tapped while the view is shown; true when the view showed it (else the shell shows its evidence). */
  onEdgeTap?(edge: EdgeSingular): boolean;
}
