/**
 * One body, one node: merges Body nodes that resolve to the same canonical key (src/extract/bodies/
 * `resolveBody`). Ingestion resolves issuers and assignees the same way; this brings a graph written by an
 * earlier version in line (migration 0006), keeping every name seen as an alias.
 */
import { resolveBody } from '../extract/bodies';
import { canonicalKeyName } from '../extract/bodyCanonical';
import { foldForSearch } from '../text/fold';
import { cypher } from './cypherRegistry';
import type { GraphClient } from './driver';

interface BodyRow {
  key: string;
  name: string | null;
  jurisdiction: string | null;
  aliases: string[];
  issuer: boolean;
}

export interface BodyMerge {
  from: string;
  to: string;
  /** Name of the target node when it does not exist yet. */
  name: string;
}

/**
 * Where each body belongs. A node made for a document's issuer was keyed by the header's spelling
 * ("ubnd tinh quang ninh@Quảng Ninh"): its name resolves like any body the text names. Any other node keeps
 * its key's name, without what the jurisdiction says already ("tinh uy quang ngai" -> "tinh uy").
 */
export function plannedMerges(rows: readonly BodyRow[]): BodyMerge[] {
  const out: BodyMerge[] = [];
  for (const row of rows) {
    const at = row.key.lastIndexOf('@');
    if (at <= 0 || row.jurisdiction === null) continue;
    const keyName = row.key.slice(0, at);
    const jurisdiction = row.key.slice(at + 1);
    let to: string;
    let name = row.name ?? keyName;
    if (row.issuer && row.name && keyName === foldForSearch(row.name)) {
      const resolved = resolveBody(row.name, row.jurisdiction);
      to = resolved.key;
      name = resolved.name;
    } else {
      to = `${canonicalKeyName(keyName, jurisdiction)}@${jurisdiction}`;
    }
    if (to !== row.key && !to.startsWith('@')) out.push({ from: row.key, to, name });
  }
  return out;
}

/** Merges every body (of one jurisdiction, or all) into its canonical node; returns the merges made. */
export async function mergeDuplicateBodies(graph: GraphClient, jurisdiction: string | null = null): Promise<BodyMerge[]> {
  const rows = await graph.read<Record<string, unknown>>(cypher('body.all'), { jurisdiction });
  const merges = plannedMerges(
    rows.map((r) => ({
      key: String(r.key),
      name: typeof r.name === 'string' ? r.name : null,
      jurisdiction: typeof r.jurisdiction === 'string' ? r.jurisdiction : null,
      aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
      issuer: r.issuer === true,
    })),
  );
  for (const m of merges) {
    await graph.write(cypher('body.mergeInto'), { from: m.from, to: m.to, name: m.name, nameFolded: foldForSearch(m.name) });
  }
  return merges;
}
