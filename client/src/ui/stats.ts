// The header's statistics line (documents, entities, relations) and the banner shown when they cannot be read
// (the database or the server is down), with a retry.
import { api } from '../api.ts';
import { t, type Lang } from '../i18n.ts';
import { clear, h } from './dom.ts';

export class Stats {
  readonly line = h('span', { class: 'stats', 'data-testid': 'stats' });
  readonly banner = h('div', { class: 'banner', 'data-testid': 'error-banner', role: 'alert', hidden: true });
  private last?: { documents: number; entities: number; relations: number };

  constructor(
    private lang: () => Lang,
    private errorText: (e: unknown) => string,
    /** Called by the banner's retry button besides reloading the statistics (the view reloads too). */
    private onRetry: () => void,
  ) {}

  async load(): Promise<void> {
    try {
      this.last = await api.stats();
      this.banner.hidden = true;
    } catch (e) {
      this.last = undefined;
      this.banner.hidden = false;
      clear(
        this.banner,
        h('span', {}, this.errorText(e)),
        h('button', { type: 'button', onclick: () => {
          void this.load();
          this.onRetry();
        } }, t(this.lang(), 'retry')),
      );
    }
    this.render();
  }

  render(): void {
    const s = this.last;
    this.line.textContent = s ? t(this.lang(), 'statsLine', { d: s.documents, e: s.entities, r: s.relations }) : '';
  }
}
