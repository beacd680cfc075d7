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
import { integer, toBody, toDocument, toTask, type BodyRecord, type DocumentRecord, type GraphReader, type TaskRecord } from './records';
import { luceneQuery, searchWords } from './searchQueries';

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

/** Abbreviations that are no Vietnamese word, so they are read as such in lower case too. */
const LOWER_CASE_ABBREVIATIONS = new Set(['ubnd', 'hdnd', 'mttq', 'ubmttq']);

/**
 * A body name with its abbreviations written out, as the graph stores names: "UBND tỉnh" -> "Ủy ban nhân dân
 * tỉnh". Short ones ("TU" = Tỉnh ủy) are words too ("tư"), so they count only in capitals, as in extraction.
 */
export function expandAbbreviations(text: string): string {
  return text.replace(/[\p{L}\p{N}-]+/gu, (token) => {
    const f = foldForSearch(token);
    const long = ABBREVIATIONS[f];
    if (!long) return token;
    const capitals = token.length >= 2 && token === token.toUpperCase();
    return capitals || LOWER_CASE_ABBREVIATIONS.has(f) ? long : token;
  });
}

export interface ExploreRecord {
  jurisdiction: string | null;
  documents: DocumentRecord[];
  tasks: TaskRecord[];
  bodies: BodyRecord[];
}

export async function explore(graph: GraphReader, text: string, first: number): Promise<ExploreRecord> {
  const q = parseExploreQuery(text);
  // Without the province's words (it filters instead); a query that is only a province searches for it.
  const words = q.rest.length > 0 ? q.rest : q.words;
  const named = parseExploreQuery(expandAbbreviations(text));
  const bodyWords = named.rest.length > 0 ? named.rest : named.words;
  const jurisdiction = q.rest.length > 0 ? q.jurisdiction : null;
  const numbers = q.words.filter((w) => /^\d+$/.test(w));
  const [symbolRows, [found]] = await Promise.all([
    numbers.length > 0 ? graph.read(cypher('document.bySymbolPrefix'), { prefixes: symbolPrefixes(numbers) }) : Promise.resolve([]),
    graph.read(cypher('explore.fulltext'), { query: luceneQuery(words), bodyQuery: luceneQuery(bodyWords), jurisdiction, limit: integer(first) }),
  ]);
  const wanted = jurisdiction === null ? null : foldForSearch(jurisdiction);
  const documents = new Map<string, DocumentRecord>();
  for (const d of symbolRows.map((r) => toDocument(r.doc as Row))) {
    const inPlace = wanted === null || (d.jurisdiction !== null && foldForSearch(d.jurisdiction) === wanted);
    if (d.symbol !== null && inPlace && spellsSymbol(foldForSearch(d.symbol), q.rest)) documents.set(d.key, d);
  }
  for (const d of ((found?.documents ?? []) as Row[]).map(toDocument)) if (!documents.has(d.key)) documents.set(d.key, d);
  return {
    jurisdiction: q.jurisdiction,
    documents: [...documents.values()].slice(0, first),
    tasks: ((found?.tasks ?? []) as Row[]).map(toTask),
    bodies: ((found?.bodies ?? []) as Row[]).map(toBody),
  };
}
