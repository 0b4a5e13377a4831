// Messages over the graph (loading, empty, error with a retry button) and the toast; loads whose result a newer
// request overtook are dropped.
import { ApiError } from '../graphqlRequest.ts';
import { errorMessage, t, type Lang } from '../i18n.ts';
import { clear, h } from './dom.ts';

export type MessageKind = 'loading' | 'empty' | 'error' | null;
export type Loaded<T> = { ok: true; value: T } | { ok: false };

export class Messages {
  readonly box = h('div', { class: 'graph-message', 'data-testid': 'graph-message', role: 'status', 'aria-live': 'polite' });
  readonly toastEl = h('div', { class: 'toast', 'data-testid': 'toast', role: 'status', hidden: true });
  private seq = 0;
  private toastTimer?: number;

  constructor(private lang: () => Lang) {}

  show(kind: MessageKind, text = '', retry?: () => void): void {
    const box = this.box;
    if (!kind) {
      box.hidden = true;
      clear(box);
      return;
    }
    box.hidden = false;
    box.className = `graph-message ${kind}`;
    box.dataset.kind = kind;
    clear(box, h('p', {}, text), retry ? h('button', { type: 'button', 'data-testid': 'retry', onclick: retry }, t(this.lang(), 'retry')) : null);
  }

  toast(text: string): void {
    this.toastEl.textContent = text;
    this.toastEl.hidden = false;
    window.clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => (this.toastEl.hidden = true), 3500);
  }

  errorText(e: unknown): string {
    const err = e instanceof ApiError ? e : new ApiError('network', String(e));
    return errorMessage(this.lang(), err.kind, err.message, err.code);
  }

  /** Results of loads still running are dropped (a mode change). */
  invalidate(): void {
    this.seq++;
  }

  /** Run a graph-loading step with loading / error messages; stale results (a newer request started) are dropped. */
  async load<T>(fn: () => Promise<T>, retry: () => void): Promise<Loaded<T>> {
    const seq = ++this.seq;
    this.show('loading', t(this.lang(), 'loading'));
    try {
      const value = await fn();
      if (seq !== this.seq) return { ok: false };
      this.show(null);
      return { ok: true, value };
    } catch (e) {
      if (seq !== this.seq) return { ok: false };
      this.show('error', this.errorText(e), retry);
      return { ok: false };
    }
  }
}
