// Search input with debounced suggestions over names and aliases.
import { debounce } from '../debounce.ts';
import { ApiError } from '../graphqlRequest.ts';
import { typeColor, typeShape, shapeSwatchSvg } from '../graphStyle.ts';
import { errorMessage, t, typeName, type Lang } from '../i18n.ts';
import type { EntityType, SearchHit } from '../types.ts';
import { h, clear } from './dom.ts';

export interface SearchBoxOptions {
  testid: string;
  placeholder: () => string;
  lang: () => Lang;
  types?: EntityType[];
  search: (text: string, types: EntityType[] | undefined, signal: AbortSignal) => Promise<SearchHit[]>;
  onChoose: (hit: SearchHit) => void;
}

export class SearchBox {
  readonly root: HTMLDivElement;
  readonly input: HTMLInputElement;
  private list: HTMLUListElement;
  private hits: SearchHit[] = [];
  private active = -1;
  private ctrl?: AbortController;
  private seq = 0;
  chosen?: SearchHit;

  constructor(private opts: SearchBoxOptions) {
    this.input = h('input', {
      type: 'search',
      'data-testid': opts.testid,
      autocomplete: 'off',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      placeholder: opts.placeholder(),
    });
    this.list = h('ul', { class: 'suggestions', role: 'listbox', 'data-testid': `${opts.testid}-suggestions`, hidden: true });
    this.root = h('div', { class: 'search-box' }, this.input, this.list);
    const run = debounce((text: string) => void this.query(text), 220);
    this.input.addEventListener('input', () => {
      this.chosen = undefined;
      const text = this.input.value.trim();
      if (!text) {
        run.cancel();
        this.close();
        return;
      }
      run(text);
    });
    this.input.addEventListener('keydown', (ev) => this.onKey(ev));
    this.input.addEventListener('focus', () => {
      if (this.hits.length && this.input.value.trim() && !this.chosen) this.open();
    });
    document.addEventListener('click', (ev) => {
      if (!this.root.contains(ev.target as Node)) this.close();
    });
  }

  relabel(): void {
    this.input.placeholder = this.opts.placeholder();
  }

  setValue(hit: SearchHit | undefined): void {
    this.chosen = hit;
    this.input.value = hit?.name ?? '';
    this.close();
  }

  private async query(text: string): Promise<void> {
    this.ctrl?.abort();
    const ctrl = new AbortController();
    this.ctrl = ctrl;
    const seq = ++this.seq;
    const lang = this.opts.lang();
    this.showInfo(t(lang, 'searching'), 'loading');
    try {
      const hits = await this.opts.search(text, this.opts.types, ctrl.signal);
      if (seq !== this.seq) return;
      this.hits = hits;
      this.active = hits.length ? 0 : -1;
      if (!hits.length) this.showInfo(t(lang, 'noResults', { text }), 'empty');
      else this.renderHits(text);
    } catch (e) {
      if (seq !== this.seq) return;
      const err = e instanceof ApiError ? e : new ApiError('network', String(e));
      if (err.kind === 'aborted') return;
      this.hits = [];
      this.showInfo(errorMessage(lang, err.kind, err.message), 'error');
    }
  }

  private showInfo(text: string, kind: string): void {
    clear(this.list, h('li', { class: `info ${kind}`, 'data-testid': `suggestion-${kind}`, role: 'status' }, text));
    this.open();
  }

  private renderHits(text: string): void {
    const lang = this.opts.lang();
    const lower = text.toLowerCase();
    clear(
      this.list,
      this.hits.map((hit, i) => {
        const alias = hit.name.toLowerCase().includes(lower) ? undefined : hit.aliases.find((a) => a.toLowerCase().includes(lower));
        const li = h(
          'li',
          {
            role: 'option',
            class: i === this.active ? 'active' : '',
            'data-testid': 'suggestion-item',
            'data-id': hit.id,
            'data-type': hit.type,
            'aria-selected': i === this.active ? 'true' : 'false',
          },
          h('span', { class: 'swatch', html: shapeSwatchSvg(typeShape(hit.type), typeColor(hit.type), 14) }),
          h('span', { class: 'name' }, hit.name),
          alias ? h('span', { class: 'alias' }, t(lang, 'aliasOf', { alias })) : null,
          h('span', { class: 'type' }, typeName(lang, hit.type)),
        );
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          this.choose(i);
        });
        return li;
      }),
    );
    this.open();
  }

  private onKey(ev: KeyboardEvent): void {
    if (ev.key === 'Escape') return this.close();
    if (!this.hits.length) return;
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      const n = this.hits.length;
      this.active = (this.active + (ev.key === 'ArrowDown' ? 1 : n - 1)) % n;
      this.renderHits(this.input.value.trim());
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      this.choose(this.active >= 0 ? this.active : 0);
    }
  }

  private choose(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.setValue(hit);
    this.opts.onChoose(hit);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
