import { describe, expect, it } from 'vitest';
import { matchTasks, wordSimilarity } from '../../src/graph/taskMatching';
import { suspiciousReplacement } from '../../src/graph/replacementPolicy';

const justice = 'Giao Sở Tư pháp chủ trì rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh; hoàn thành trước ngày 30/6/2024.';
const health = 'Giao Sở Y tế chủ trì đơn giản hóa thủ tục cấp phép hành nghề khám bệnh, chữa bệnh; hoàn thành trước ngày 30/9/2024.';

describe('matching tasks across versions', () => {
  it('finds a duty with an OCR-damaged word at another position and section', () => {
    const damaged = justice.replace('thẩm quyền', 'tham quyén').replace('Sở Tư pháp', 'So Tu phap');
    const matches = matchTasks(
      [{ key: 'd#task1', sectionPath: 'Điều 2', text: justice }],
      [
        { key: 'd#task0', sectionPath: 'Điều 1', text: health },
        { key: 'd#task2', sectionPath: 'Điều 3', text: damaged },
      ],
    );
    expect(matches.map((m) => [m.previousKey, m.nextKey])).toEqual([['d#task1', 'd#task2']]);
  });

  it('does not call two duties written in the same formula, in the same section, the same task', () => {
    // Half of their words are the formula ("Giao ... chủ trì ... hoàn thành trước ngày"): plain Dice cannot tell them apart.
    expect(wordSimilarity(justice, health)).toBeGreaterThanOrEqual(0.5);
    expect(matchTasks([{ key: 'a', sectionPath: 'Điều 2', text: justice }], [{ key: 'b', sectionPath: 'Điều 2', text: health }])).toEqual([]);
  });

  it('matches one to one, the closest pair first', () => {
    const extended = `${justice} Báo cáo kết quả về Ủy ban nhân dân tỉnh.`;
    const matches = matchTasks(
      [
        { key: 'old-extended', sectionPath: null, text: extended },
        { key: 'old-plain', sectionPath: null, text: justice },
      ],
      [{ key: 'new', sectionPath: null, text: justice }],
    );
    expect(matches.map((m) => [m.previousKey, m.nextKey, m.score])).toEqual([['old-plain', 'new', 1]]);
  });
});

describe('a replacement that looks like an excerpt', () => {
  it('names every number that fell under half', () => {
    expect(suspiciousReplacement({ textLength: 52_000, tasks: 35, citations: 47 }, { textLength: 2_100, tasks: 2, citations: 3 })).toEqual([
      'the text has 2100 characters against 52000 stored (4%)',
      'it has 2 of the 35 stored tasks',
      'it cites 3 of the 47 stored citations',
    ]);
  });

  it('lets an ordinary correction through, and small documents lose a few tasks freely', () => {
    expect(suspiciousReplacement({ textLength: 1_000, tasks: 6, citations: 2 }, { textLength: 990, tasks: 5, citations: 0 })).toEqual([]);
    expect(suspiciousReplacement({ textLength: null, tasks: 3, citations: 3 }, { textLength: 200, tasks: 1, citations: 0 })).toEqual([]);
  });
});
