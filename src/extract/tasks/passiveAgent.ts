/**
 * "... khi chưa được Chính phủ, Thủ tướng Chính phủ phê duyệt.": the bodies after "được" / "bởi" are the agent of
 * a passive, what the text's subject waits on, not a new subject the comma opens (which gave "Thủ tướng Chính phủ"
 * LEAD). A comma after the agent ("Sau khi được Quốc hội thông qua, các Bộ ... tập trung ...") still may.
 */
import { parseBodyListAt } from '../bodies';
import { endsSentence } from './document';
import type { TaskDocument } from './types';

/** Tokens looked back from a comma for "được" / "bởi". */
const AGENT_LOOKBACK = 12;

/** Whether the comma at `comma` separates bodies of a passive's agent ("được X, Y phê duyệt"). */
export function insidePassiveAgent(doc: TaskDocument, comma: number): boolean {
  const t = doc.tokens;
  for (let j = comma - 1; j >= 0 && j > comma - AGENT_LOOKBACK; j--) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw === ';' || x.raw === ':' || endsSentence(doc, j)) return false;
      continue;
    }
    // Written with its marks: "được", "bởi" (not "duoc" of OCR-stripped text, read less surely).
    const raw = x.raw.toLowerCase();
    if (raw !== 'được' && raw !== 'bởi') continue;
    const list = parseBodyListAt(t, j + 1);
    return !!list && list.to > comma + 1;
  }
  return false;
}
