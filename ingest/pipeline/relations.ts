// Stage 4, relations: structural facts, then clause-level facts. One role per agency and target
// per document: the strongest (lead > co-handler > supervisor > participant) stays.
import type { Doc, Fact } from './doc.js';
import { clauseRelations } from './relations-clauses.js';
import { structuralRelations } from './relations-structural.js';
import { patternRelations } from './relations-patterns.js';

const ROLE_RANK: Partial<Record<Fact['type'], number>> = { LEADS: 4, CO_HANDLES: 3, SUPERVISES: 2, PARTICIPATES_IN: 1 };

export function relations(doc: Doc): void {
  const raw: Fact[] = [];
  structuralRelations(doc, raw);
  clauseRelations(doc, raw);
  patternRelations(doc, raw);
  // the best fact per (type, source, target): highest confidence, then the shortest span
  const best = new Map<string, Fact>();
  for (const f of raw) {
    if (f.source === f.target || !doc.entities.has(f.source) || !doc.entities.has(f.target)) continue;
    const k = `${f.type}|${f.source}|${f.target}`;
    const prev = best.get(k);
    if (!prev || f.confidence > prev.confidence || (f.confidence === prev.confidence && f.span.end - f.span.start < prev.span.end - prev.span.start)) best.set(k, f);
  }
  // one role per (source, target): drop weaker roles
  const role = new Map<string, number>();
  for (const f of best.values()) {
    const r = ROLE_RANK[f.type];
    const k = `${f.source}|${f.target}`;
    if (r && r > (role.get(k) ?? 0)) role.set(k, r);
  }
  doc.facts = [...best.values()].filter((f) => !ROLE_RANK[f.type] || ROLE_RANK[f.type] === role.get(`${f.source}|${f.target}`));
}
