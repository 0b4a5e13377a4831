// What every resolver group shares: the request context, evidence and entity shaping, argument helpers.
import DataLoader from 'dataloader';
import type { Db, Row } from '../../store/db.ts';
import { AppError } from '../../store/errors.ts';
import { intInRange } from '../inputs.ts';
import { byDocumentAndPosition, type RawEvidence } from '../../store/evidence.ts';
export type { RawEvidence };
import type { EntityType } from '../../ingest/index.ts';

export interface Context {
  db: Db;
  documentRefs: DataLoader<string, DocumentRef | null>;
  /** Evidence items by key (a fact summary's evidenceKeys), fetched once per request for all facts asked. */
  evidence: DataLoader<string, RawEvidence | null>;
  /** A fact's evidence keys by fact id: quotes beyond a fact's preview, and a neighbourhood's or path's edges. */
  factEvidenceKeys: DataLoader<string, string[]>;
  /** True when the request carried the configured write token. */
  canWrite: boolean;
}

export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
}
export interface DocumentRef {
  id: string;
  title: string | null;
  date: string | null;
}

export function createContext(db: Db, canWrite: boolean): Context {
  return {
    db,
    canWrite,
    documentRefs: new DataLoader(async (ids) => {
      const rows = await db.read('document-refs', { ids: [...ids] });
      const byId = new Map(rows.map((r) => [r.id as string, r as unknown as DocumentRef]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    evidence: new DataLoader(async (keys) => {
      // each item comes with its document's title and date: Evidence.document needs no second round trip
      const rows = await db.read('evidence-by-keys', { keys: [...keys] });
      const byKey = new Map(rows.map((r) => [r.key as string, r as unknown as RawEvidence]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
    factEvidenceKeys: new DataLoader(async (ids) => {
      const rows = await db.read('fact-evidence-keys', { ids: [...ids], maxEvidence: MAX_EVIDENCE });
      const byId = new Map(rows.map((r) => [r.id as string, r.evidenceKeys as string[]]));
      return ids.map((id) => byId.get(id) ?? []);
    }),
  };
}

export function requireWrite(ctx: Context) {
  if (!ctx.canWrite) throw new AppError('UNAUTHENTICATED', 'writes need the header Authorization: Bearer <WRITE_TOKEN>');
}

/** Evidence items returned per fact: a hub fact can have thousands; the count says how many there are. */
export const MAX_EVIDENCE = 20;
export const sortEvidence = (ev: RawEvidence[]) => [...ev].sort(byDocumentAndPosition);

/** Evidence items by key, in the one evidence order; keys that no longer resolve are left out. */
export async function evidenceByKeys(keys: string[], ctx: Context): Promise<RawEvidence[]> {
  const found = await ctx.evidence.loadMany(keys);
  return sortEvidence(found.filter((e): e is RawEvidence => e !== null && !(e instanceof Error)));
}

/**
 * A fact read from its summary: its id, how much evidence it has and, when the summary has one, the preview of its
 * first items (store/fact-previews.ts). Quotes beyond the preview are read by the fact's keys, only when asked for.
 */
export interface FactRow {
  id: string;
  evidenceCount: number;
  preview?: string[] | null;
}
export const factResolvers = {
  async evidence(fact: FactRow, args: { limit?: number }, ctx: Context): Promise<RawEvidence[]> {
    const limit = args.limit === undefined ? MAX_EVIDENCE : intInRange('limit', args.limit, 0, MAX_EVIDENCE);
    const wanted = Math.min(limit, fact.evidenceCount);
    if (fact.preview && fact.preview.length >= wanted) return sortEvidence(fact.preview.slice(0, wanted).map((json) => JSON.parse(json) as RawEvidence));
    return evidenceByKeys((await ctx.factEvidenceKeys.load(fact.id)).slice(0, limit), ctx);
  },
};

/** Entity props are stored per document as JSON; later documents fill what earlier ones lack. */
export function mergeProps(props: unknown): { key: string; value: string }[] {
  const merged: Record<string, string> = {};
  for (const json of (props as string[] | null) ?? []) {
    for (const [k, v] of Object.entries(JSON.parse(json) as Record<string, string>)) merged[k] ??= v;
  }
  return Object.entries(merged)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, value: String(value) }));
}

export function toEntity(row: Row) {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    aliases: [...((row.aliases as string[]) ?? [])].sort(),
    // Only `entity` reads the per-document properties; elsewhere the field resolver fetches them if asked.
    properties: row.props === undefined ? undefined : mergeProps(row.props),
    mentionCount: row.mentionCount ?? 0,
    score: row.score ?? null,
  };
}

export function typesArg(types: string[] | null | undefined): string[] | null {
  return types && types.length ? types : null;
}
