/**
 * The explorer's one search box. A query is read three ways: a province it names narrows the answers
 * ("... quang ninh"); a document number with symbol letters in any spacing ("2898 qd ubnd",
 * "05 nq tu quang ninh") finds documents by their folded symbol; every word, abbreviations of body names
 * expanded ("ubnd" -> "uy ban nhan dan"), searches the full-text index over titles, task texts and names.
 */
import { foldForSearch } from '../text/fold';
import { ABBREVIATIONS } from '../extract/vocabulary';
import { PROVINCES } from '../extract/provinces';
import { cypher } from './cypherRegistry';
import { toDocument, type BodyRecord, type DocumentRecord, type GraphReader, type TaskRecord } from './records';
import { search, searchWords } from './searchQueries';

type Row = Record<string, unknown>;

export interface ExploreQuery {
  /** Folded words of the query. */
  words: string[];
  /** The province the query names, as a jurisdiction ("Quảng Ninh"), and the words that named it. */
  jurisdiction: string | null;
  /** The words without the province's. */
  rest: string[];
}

const PROVINCE_SPELLINGS = PROVINCES.flatMap((p) => p.folded.map((f) => ({ words: f.split(' '), jurisdiction: p.jurisdiction })))
  // Longest first: "thua thien hue" before "hue".
  .sort((a, b) => b.words.length - a.words.length);

export function parseExploreQuery(text: string): ExploreQuery {
  const words = searchWords(text);
  for (const spelling of PROVINCE_SPELLINGS) {
    const n = spelling.words.length;
    for (let i = 0; i + n <= words.length; i++) {
      if (spelling.words.every((w, k) => words[i + k] === w)) {
        return { words, jurisdiction: spelling.jurisdiction, rest: [...words.slice(0, i), ...words.slice(i + n)] };
      }
    }
  }
  return { words, jurisdiction: null, rest: words };
}

/** Folded-symbol prefixes a document number can start: "2898" -> "2898/", "2898-"; "5" also "05". */
function symbolPrefixes(numbers: string[]): string[] {
  const out = new Set<string>();
  for (const n of numbers) {
    const forms = [n, n.replace(/^0+(?=\d)/, '')];
    if (forms[1]!.length === 1) forms.push(`0${forms[1]}`);
    for (const f of forms) for (const sep of ['/', '-']) out.add(`${f}${sep}`);
  }
  return [...out];
}

/**
 * Whether a document's symbol is what the words spell: the number is its first part, and every other word
 * is a part of the symbol (letters or the year) — so "2898 qd ubnd" and "ubnd 2898" both name 2898/QĐ-UBND.
 */
export function spellsSymbol(symbolFolded: string, words: string[]): boolean {
  const parts = symbolFolded.split(/[^a-z0-9]+/).filter(Boolean);
  if (parts.length === 0) return false;
  const number = parts[0]!.replace(/^0+(?=\d)/, '');
  const numbers = words.filter((w) => /^\d+$/.test(w));
  if (!numbers.some((w) => w.replace(/^0+(?=\d)/, '') === number)) return false;
  let numberSeen = false;
  return words.every((w) => {
    if (!numberSeen && /^\d+$/.test(w) && w.replace(/^0+(?=\d)/, '') === number) {
      numberSeen = true;
      return true;
    }
    return parts.slice(1).includes(w);
  });
}

/** Body-name words with abbreviations written out: "ubnd" -> "uy ban nhan dan" (the index holds full names). */
export function expandAbbreviations(words: string[]): string[] {
  return words.flatMap((w) => {
    const long = ABBREVIATIONS[w];
    return long ? searchWords(long) : [w];
  });
}

export interface ExploreRecord {
  jurisdiction: string | null;
  documents: DocumentRecord[];
  tasks: TaskRecord[];
  bodies: BodyRecord[];
}

function inJurisdiction(jurisdiction: string | null) {
  const wanted = jurisdiction === null ? null : foldForSearch(jurisdiction);
  return (r: { jurisdiction: string | null }): boolean => wanted === null || (r.jurisdiction !== null && foldForSearch(r.jurisdiction) === wanted);
}

export async function explore(graph: GraphReader, text: string, first: number): Promise<ExploreRecord> {
  const q = parseExploreQuery(text);
  const inPlace = inJurisdiction(q.jurisdiction);
  // Full-text over the words without the province (documents, bodies: filtered by it afterwards; a task's
  // text rarely names its province, so tasks keep it as a filter on their document's key).
  const words = q.rest.length > 0 ? q.rest : q.words;
  const page = { skip: 0, limit: q.jurisdiction ? first * 5 : first };
  const numbers = q.words.filter((w) => /^\d+$/.test(w));
  const [symbolRows, documentHits, taskHits, bodyHits] = await Promise.all([
    numbers.length > 0 ? graph.read(cypher('document.bySymbolPrefix'), { prefixes: symbolPrefixes(numbers) }) : Promise.resolve([]),
    search(graph, words, page, ['Document']),
    search(graph, words, page, ['Task']),
    search(graph, expandAbbreviations(words), page, ['Body']),
  ]);
  const bySymbol = symbolRows
    .map((r) => toDocument(r.doc as Row))
    .filter((d) => d.symbol !== null && spellsSymbol(foldForSearch(d.symbol), q.rest) && inPlace(d));
  const documents = new Map<string, DocumentRecord>();
  for (const d of bySymbol) documents.set(d.key, d);
  for (const hit of documentHits.items) if (hit.label === 'Document' && inPlace(hit.record)) documents.set(hit.record.key, hit.record);
  const place = q.jurisdiction;
  const tasks = taskHits.items
    .flatMap((h) => (h.label === 'Task' ? [h.record] : []))
    .filter((t) => place === null || t.documentKey.endsWith(`@${place}`));
  const bodies = bodyHits.items.flatMap((h) => (h.label === 'Body' ? [h.record] : [])).filter(inPlace);
  return { jurisdiction: q.jurisdiction, documents: [...documents.values()].slice(0, first), tasks: tasks.slice(0, first), bodies: bodies.slice(0, first) };
}
