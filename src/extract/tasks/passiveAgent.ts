/**
 * "... khi chưa được Chính phủ, Thủ tướng Chính phủ phê duyệt.": the bodies after "được" / "bởi" are the agent of
 * a passive, what the text's subject waits on, not a new subject the comma opens (which gave "Thủ tướng Chính phủ"
 * LEAD); so are those after "giúp", whom a plan's aim helps ("Giúp các Sở, ban, ngành, UBND các phường, xã, các
 * doanh nghiệp ... căn cứ để triển khai ..."). A comma after the list ("Sau khi được Quốc hội thông qua, các Bộ ...
 * tập trung ...") still may.
 */
import { parseBodyListAt } from '../bodies';
import { foldWord, marksLost, spellingTest, type Token } from '../vocabulary';
import { endsSentence } from './document';
import type { TaskDocument } from './types';
import words from './clauseWords.json';

/** Words whose list of bodies is an agent or those helped, never a subject. */
const AGENT_OPENERS: ReadonlySet<string> = new Set(words.agentOpeners.map((w) => w.normalize('NFC').toLowerCase()));
/** The same words folded: how a text that lost its marks writes them (markLoss.ts). */
const FOLDED_AGENT_OPENERS: ReadonlySet<string> = new Set(words.agentOpeners.map(foldWord));

/** Tokens looked back from a comma for "được" / "bởi" / "giúp". */
const AGENT_LOOKBACK = 30;

/** Whether the comma at `comma` separates bodies of a passive's agent ("được X, Y phê duyệt") or of those helped. */
export function insidePassiveAgent(doc: TaskDocument, comma: number): boolean {
  const t = doc.tokens;
  for (let j = comma - 1; j >= 0 && j > comma - AGENT_LOOKBACK; j--) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw === ';' || x.raw === ':' || endsSentence(doc, j)) return false;
      continue;
    }
    if (!agentOpener(x) && !(FOLDED_AGENT_OPENERS.has(x.f) && marksLost(t))) continue;
    const list = parseBodyListAt(t, j + 1);
    return !!list && list.to > comma + 1;
  }
  return false;
}

/**
 * Written with its marks: "được", "bởi", "giúp" (not "duoc" of OCR-stripped text, read less surely). A function of
 * the spelling, answered once per spelling: every comma looks back over up to AGENT_LOOKBACK words.
 */
function agentOpener(x: Token): boolean {
  return spellingTest(x, 'agentOpener', writtenAgentOpener);
}

/** The spelling as written, lower case, is one of the agent's openers. */
function writtenAgentOpener(w: Token): boolean {
  return AGENT_OPENERS.has(w.raw.toLowerCase());
}
