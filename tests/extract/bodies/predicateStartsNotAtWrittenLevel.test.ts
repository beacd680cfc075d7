/**
 * Where a predicate starts is one test for the body parser (`isPredicateAt`: where a name stops) and the task stages
 * (`predicateAt`: where a subject's predicate begins): both refuse the level written "cùng cấp", which folds like the
 * verb "cung cấp", and both take the verb. Excerpts are real text: a Nghệ An regulation on answering voters'
 * recommendations (Quy chế Điều 13) and a provincial plan's duty of a service provider.
 */
import { describe, expect, it } from 'vitest';
import { isPredicateAt, mayStartPredicate } from '../../../src/extract/bodies';
import { predicateAt, readTaskDocument } from '../../../src/extract/tasks/document';
import { documentTokens } from '../../../src/extract/vocabulary';

/** Where each test says a predicate starts in `text`, as the words written there. */
function starts(text: string): { body: string[]; task: string[] } {
  const doc = readTaskDocument(text, [], { jurisdiction: null, references: [] });
  const tokens = documentTokens(text);
  const at = (test: (k: number) => boolean) => tokens.flatMap((t, k) => (test(k) ? [t.raw] : []));
  return { body: at((k) => isPredicateAt(tokens, k)), task: at((k) => predicateAt(doc, k, tokens.length)) };
}

describe('a predicate start', () => {
  it('is never the level written "cùng cấp", in either stage', () => {
    const text = 'gửi Báo cáo kết quả giải quyết đến Văn phòng UBND tỉnh, Thường trực HĐND cùng cấp, Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã';
    const { body, task } = starts(text);
    expect(body).not.toContain('cùng');
    expect(task).not.toContain('cùng');
    const tokens = documentTokens(text);
    expect(tokens.filter((_, k) => !mayStartPredicate(tokens, k) && tokens[k]!.word).map((t) => t.raw)).toEqual(['cùng']);
  });

  it('is the verb "cung cấp" written so, in either stage', () => {
    const { body, task } = starts('Doanh nghiệp cung cấp thông tin cho Sở Tài chính');
    expect(body).toContain('cung');
    expect(task).toContain('cung');
  });
});
