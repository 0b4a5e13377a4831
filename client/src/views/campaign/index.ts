// 专项行动 campaign: a campaign picker (with agency counts, the busiest first), its star graph, and a table of the
// agencies grouped by role with their evidence.
import { api } from '../../api.ts';
import { t } from '../../i18n.ts';
import { groupByRole, participationsToSubgraph, subgraphToElements } from '../../toElements.ts';
import type { EntityRef, Participation } from '../../types.ts';
import { clear, h } from '../../ui/dom.ts';
import { factEvidence, roleBadge } from '../../ui/panels.ts';
import type { Shell, View } from '../view.ts';

export class CampaignView implements View {
  private campaigns: EntityRef[] = [];
  private campaignParts = new Map<string, Participation[]>();

  constructor(private shell: Shell) {}

  async enter(): Promise<void> {
    const shell = this.shell;
    shell.panel.dataset.testid = 'campaign-view';
    const select = h('select', { 'data-testid': 'campaign-select' });
    const table = h('div', { class: 'campaign-table', 'data-testid': 'campaign-table' });
    const title = h('h2', {});
    const hint = h('p', { class: 'muted small' });
    let current: { ref: EntityRef; parts: Participation[] } | undefined;
    const renderTable = () => {
      const lang = shell.state.lang;
      title.textContent = t(lang, 'pickCampaign');
      hint.textContent = t(lang, 'roleHint');
      if (!current) return clear(table);
      if (!current.parts.length) return clear(table, h('p', { class: 'muted' }, t(lang, 'campaignEmpty', { name: current.ref.name })));
      clear(
        table,
        groupByRole(current.parts).map(([role, list]) =>
          h(
            'section',
            { class: 'role-group', 'data-role': role },
            h('h3', {}, roleBadge(lang, role), ` (${list.length})`),
            h(
              'table',
              {},
              h('tbody', {},
                list.map((p) =>
                  h(
                    'tr',
                    { 'data-testid': 'participant-row', 'data-role': p.role },
                    h('td', { class: 'agency' },
                      h('button', { type: 'button', class: 'entity-link', onclick: () => { shell.selectedId = p.agency.id; void shell.showEntity(p.agency.id); } }, p.agency.name),
                      // an agency may lead in one year's documents and take part in another's: the years say which
                      p.years?.length ? h('span', { class: 'muted years', 'data-testid': 'participant-years' }, ` ${p.years.join('、')}`) : null,
                    ),
                    h('td', {}, factEvidence(lang, p, shell.evidenceHandlers(), api.factEvidence)),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    };
    shell.panelRender = renderTable;
    clear(shell.panel, title, select, hint, table);
    renderTable();
    const show = async (ref: EntityRef) => {
      shell.state.campaign = ref.name;
      shell.writeHash();
      current = undefined;
      renderTable();
      const cached = this.campaignParts.get(ref.id);
      const res = await shell.load(async () => cached ?? (await api.campaignParticipants(ref.name)), () => {
        this.campaignParts.delete(ref.id);
        void show(ref);
      });
      if (!res.ok) return;
      current = { ref, parts: res.value };
      const sub = participationsToSubgraph(res.value, ref);
      shell.graph.setElements(subgraphToElements(sub), ref.id);
      if (!res.value.length) shell.showMessage('empty', t(shell.state.lang, 'campaignEmpty', { name: ref.name }));
      renderTable();
      shell.selectedId = ref.id;
      void shell.showEntity(ref.id);
    };
    const res = await shell.load(() => this.loadCampaigns(), () => void this.enter());
    if (!res.ok || shell.state.mode !== 'campaign') return;
    this.campaigns = res.value;
    if (!this.campaigns.length) {
      shell.showMessage('empty', t(shell.state.lang, 'campaignNone'));
      return;
    }
    const fillSelect = () => {
      const v = select.value;
      clear(select, this.campaigns.map((c) => h('option', { value: c.id }, this.campaignLabel(c))));
      if (v) select.value = v;
    };
    fillSelect();
    const prevRender = shell.panelRender;
    shell.panelRender = () => {
      prevRender?.();
      fillSelect();
    };
    select.addEventListener('change', () => {
      const ref = this.campaigns.find((c) => c.id === select.value);
      if (ref) void show(ref);
    });
    const wanted = shell.state.campaign;
    const initial = this.campaigns.find((c) => c.name === wanted || c.id === wanted) ?? this.campaigns[0]!;
    select.value = initial.id;
    void show(initial);
  }

  private async loadCampaigns(): Promise<EntityRef[]> {
    const list = (await api.entities(['Campaign'], 200))
      .map((e) => ({ id: e.id, type: e.type, name: e.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh'));
    // Participants of each (few campaigns): counts in the picker, and the busiest one opens first.
    this.campaignParts.clear();
    await Promise.allSettled(
      list.slice(0, 40).map(async (c) => this.campaignParts.set(c.id, await api.campaignParticipants(c.name))),
    );
    const agencies = (c: EntityRef) => this.agencyCount(c) ?? 0;
    return list.sort((a, b) => agencies(b) - agencies(a) || a.name.localeCompare(b.name, 'zh'));
  }

  /** Distinct agencies taking part in a campaign, once its participants are known. */
  private agencyCount(c: EntityRef): number | undefined {
    const parts = this.campaignParts.get(c.id);
    return parts && new Set(parts.map((p) => p.agency.id)).size;
  }

  private campaignLabel(c: EntityRef): string {
    const n = this.agencyCount(c);
    return n === undefined ? c.name : t(this.shell.state.lang, 'campaignOption', { name: c.name, n });
  }
}
