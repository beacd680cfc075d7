/**
 * Stage 5: bodies. Every spelling of a body resolves to one canonical node per jurisdiction
 * (`resolveBody`); the registry collects the nodes a document names, with their aliases and mentions.
 */
import { resolveBody, type BodyParse } from '../bodies';
import type { Body, Jurisdiction } from '../types';

export class BodyRegistry {
  private readonly bodies = new Map<string, Body>();
  /** Mention starts already listed per body key (a body named hundreds of times stays linear). */
  private readonly mentionStarts = new Map<string, Set<number>>();

  constructor(private readonly jurisdiction: Jurisdiction) {}

  /** The canonical body for a name as written, noting this mention; null for a name that is no body. */
  note(name: string, p: BodyParse): Body | null {
    const r = resolveBody(name, this.jurisdiction);
    if (!r.key || r.key.startsWith('@')) return null;
    let b = this.bodies.get(r.key);
    if (!b) {
      b = { key: r.key, name: r.name, jurisdiction: r.jurisdiction, aliases: [], group: r.group, mentions: [] };
      this.bodies.set(r.key, b);
    } else if (r.name.length > b.name.length && r.name.length <= 120) {
      // The fullest spelling names the node best ("Ủy ban nhân dân tỉnh" over "UBND").
      b.name = r.name;
    }
    const alias = p.raw.replace(/\s+/g, ' ').trim();
    if (!b.aliases.includes(alias) && b.aliases.length < 30) b.aliases.push(alias);
    let starts = this.mentionStarts.get(b.key);
    if (!starts) {
      starts = new Set();
      this.mentionStarts.set(b.key, starts);
    }
    if (!starts.has(p.start)) {
      starts.add(p.start);
      b.mentions.push({ start: p.start, end: p.end });
    }
    return b;
  }

  all(): Body[] {
    return [...this.bodies.values()];
  }
}
