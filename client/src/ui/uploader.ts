// Upload in the browser: a header button (shown only when the server accepts uploads) opens a small panel with the
// write-token form (kept in sessionStorage, so it is typed once per tab) and a file picker; files dropped anywhere
// on the explorer go the same way. Files are sent one at a time; each row shows bytes sent, then "extracting…",
// then what happened in words. After a batch that loaded something the shell refreshes statistics and view.
import { t, type Lang } from '../i18n.ts';
import { outcomeText, phaseText, precheck, TOKEN_KEY, uploadFile, uploadSettings, type UploadPhase, type UploadSettings } from '../upload.ts';
import { clear, h } from './dom.ts';

interface Item {
  file: File;
  phase: UploadPhase;
  row: HTMLLIElement;
}

export class Uploader {
  readonly button = h('button', { type: 'button', class: 'upload-toggle', 'data-testid': 'upload-toggle', hidden: true });
  readonly panel = h('section', { class: 'upload-panel', 'data-testid': 'upload-panel', role: 'dialog', hidden: true });
  private settings: UploadSettings = { enabled: false, maxBytes: 0, extensions: [] };
  private items: Item[] = [];
  private list = h('ul', { class: 'upload-list', 'data-testid': 'upload-list', 'aria-live': 'polite' });
  private running = false;
  private dropTarget?: HTMLElement;

  constructor(
    private lang: () => Lang,
    /** Called once a batch has loaded at least one document. */
    private onLoaded: () => void,
  ) {
    this.button.addEventListener('click', () => this.toggle(this.panel.hidden !== false));
    this.panel.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      this.toggle(false);
      this.button.focus();
    });
  }

  /** Asks the server whether uploads are on; only then are the button and the drop target live. */
  async init(dropTarget: HTMLElement): Promise<void> {
    this.settings = await uploadSettings();
    if (!this.settings.enabled) return;
    this.button.hidden = false;
    window.addEventListener('resize', () => this.panel.hidden || this.place());
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    dropTarget.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      dropTarget.classList.add('upload-dropping');
    });
    dropTarget.addEventListener('dragleave', (e) => {
      if (e.relatedTarget === null || !dropTarget.contains(e.relatedTarget as Node)) dropTarget.classList.remove('upload-dropping');
    });
    dropTarget.addEventListener('drop', (e) => {
      dropTarget.classList.remove('upload-dropping');
      if (!hasFiles(e)) return;
      e.preventDefault();
      this.add([...e.dataTransfer!.files]);
    });
    this.dropTarget = dropTarget;
    this.relabel();
  }

  relabel(): void {
    const lang = this.lang();
    this.button.textContent = t(lang, 'upload');
    if (this.dropTarget) this.dropTarget.dataset.dropHint = t(lang, 'upload.dropHere');
    if (!this.panel.hidden) this.render();
  }

  private get token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  }

  private toggle(open: boolean): void {
    this.panel.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    if (!open) return;
    this.render();
    this.panel.querySelector<HTMLInputElement>('input')?.focus();
  }

  /** Just under the button, scrolling with the page; again whenever the header may have changed height. */
  private place(): void {
    const below = this.button.getBoundingClientRect().bottom + window.scrollY + 8;
    this.panel.style.top = `${Math.max(below, 8)}px`;
  }

  /** Queue files and send them when the token is known; otherwise the panel asks for it first. */
  add(files: File[]): void {
    for (const file of files) this.items.push({ file, phase: { kind: 'waiting' }, row: h('li', { 'data-testid': 'upload-item' }) });
    this.toggle(true);
    void this.run();
  }

  private render(): void {
    const lang = this.lang();
    this.place();
    const max = (this.settings.maxBytes / 2 ** 20).toFixed(0);
    clear(
      this.panel,
      h('header', {}, h('h2', {}, t(lang, 'upload.title', { list: this.settings.extensions.join(' '), max })), h('button', { type: 'button', class: 'close', 'aria-label': t(lang, 'upload.close'), onclick: () => this.toggle(false) }, '×')),
      this.token ? this.picker(lang) : this.tokenForm(lang),
      this.list,
    );
    for (const item of this.items) this.renderItem(item);
  }

  private tokenForm(lang: Lang): HTMLFormElement {
    const input = h('input', { type: 'password', required: true, autocomplete: 'off', 'data-testid': 'upload-token' });
    return h(
      'form',
      {
        class: 'upload-token',
        onsubmit: (e: Event) => {
          e.preventDefault();
          sessionStorage.setItem(TOKEN_KEY, input.value.trim());
          this.render();
          void this.run();
        },
      },
      h('label', {}, t(lang, 'upload.tokenLabel'), ' ', input),
      h('button', { type: 'submit', 'data-testid': 'upload-token-save' }, t(lang, 'upload.tokenSave')),
      h('p', { class: 'muted' }, t(lang, 'upload.tokenHint')),
    );
  }

  private picker(lang: Lang): HTMLDivElement {
    const input = h('input', { type: 'file', multiple: true, accept: this.settings.extensions.join(','), class: 'visually-hidden', 'data-testid': 'upload-input' });
    input.addEventListener('change', () => {
      this.add([...(input.files ?? [])]);
      input.value = '';
    });
    const forget = () => {
      sessionStorage.removeItem(TOKEN_KEY);
      this.render();
    };
    return h(
      'div',
      { class: 'upload-pick' },
      h('label', { class: 'button' }, t(lang, 'upload.pick'), input),
      h('button', { type: 'button', class: 'link', 'data-testid': 'upload-forget', onclick: forget }, t(lang, 'upload.forget')),
      h('p', { class: 'muted' }, t(lang, 'upload.dropHint')),
    );
  }

  private renderItem(item: Item): void {
    const lang = this.lang();
    const status = item.phase.kind === 'done' ? item.phase.outcome.status : item.phase.kind;
    item.row.dataset.status = status;
    clear(item.row, h('span', { class: 'name' }, item.file.name), '：', h('span', { 'data-testid': 'upload-status' }, phaseText(lang, item.phase, this.settings)));
    if (!item.row.isConnected) this.list.append(item.row);
  }

  private set(item: Item, phase: UploadPhase): void {
    item.phase = phase;
    this.renderItem(item);
  }

  /** Sends the waiting files one after another; a refused token stops the batch and asks for it again. */
  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let loaded = 0;
    try {
      for (let item = this.next(); item && this.token; item = this.next()) {
        const early = precheck(item.file, this.settings);
        const outcome = early ?? (await uploadFile(item.file, this.token, (p) => this.set(item!, p)));
        if (outcome.status === 'rejected' && outcome.code === 'UNAUTHENTICATED') {
          sessionStorage.removeItem(TOKEN_KEY);
          this.set(item, { kind: 'waiting' });
          this.render();
          item.row.dataset.status = 'unauthorized';
          item.row.append(' ', h('span', { class: 'error', role: 'alert' }, outcomeText(this.lang(), outcome, this.settings)));
          break;
        }
        this.set(item, { kind: 'done', outcome });
        if (outcome.status === 'loaded') loaded++;
      }
    } finally {
      this.running = false;
    }
    if (loaded) this.onLoaded();
  }

  private next(): Item | undefined {
    return this.items.find((i) => i.phase.kind === 'waiting');
  }
}
