/**
 * The place levels a body works at ("cấp tỉnh", "cấp huyện", "cấp xã") are one matcher over the level words of
 * data/bodyVocabulary.json (adminLevels), read by body names, lists of bodies and qualifiers alike.
 */
import { describe, expect, it } from 'vitest';
import vocab from '../../../src/extract/data/bodyVocabulary.json';
import { isLevelWord, levelAt } from '../../../src/extract/bodies/levels';
import { documentTokens, tokenize } from '../../../src/extract/vocabulary';
import { parseBodyAt, resolveBody } from '../../../src/extract/bodies';

/** The levels found in `text`, as written ("cấp tỉnh"). */
function levelsIn(text: string): string[] {
  const tokens = documentTokens(text);
  return tokens.flatMap((t, k) => (levelAt(tokens, k) ? [`${t.raw} ${tokens[k + 1]!.raw}`] : []));
}

describe('the place levels of bodies', () => {
  it('are found after "cấp", one per level word of the data', () => {
    // A body at two levels, and councils at two more, as plans and decisions name them.
    const found = [
      ...levelsIn('xã, phường; Giám đốc Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã; Thủ'),
      ...levelsIn('định của Ủy ban nhân dân cấp tỉnh, Ủy ban nhân dân cấp huyện trên địa bàn tỉnh'),
    ];
    expect(found).toEqual(['cấp tỉnh', 'cấp xã', 'cấp tỉnh', 'cấp huyện']);
    expect(new Set(found.map((l) => documentTokens(l)[1]!.f))).toEqual(new Set(vocab.adminLevels));
  });

  it('are not any word after "cấp": a grassroots level, a verb, a level word alone', () => {
    expect(levelsIn('cấp ủy cùng cấp (đối với tổ chức đảng cấp cơ sở) trước khi ra quyết định bổ nhiệm')).toEqual([]);
    expect(levelsIn('đủ điều kiện tiếp nhận, cung cấp cơ sở hạ tầng cho cơ sở dữ liệu')).toEqual([]);
    const tokens = documentTokens('Ủy ban nhân dân tỉnh, cấp. Xã');
    expect(tokens.map((t, k) => levelAt(tokens, k))).not.toContain(true);
    // The level word itself, wherever it stands; a mark never is one.
    expect(tokens.filter(isLevelWord).map((t) => t.raw)).toEqual(['tỉnh', 'Xã']);
  });

  it('close the field of a function-qualified kind, on its line, and key its shorter spellings, at every level word', () => {
    // A province's land coordination rules name the body by the Land Law's term, then write it shorter.
    const parsed = (text: string) => parseBodyAt(tokenize(text), 0)?.raw;
    for (const level of vocab.adminLevels) {
      const written = { tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' }[level] ?? level;
      expect(parsed(`các cơ quan có chức năng quản lý đất đai cấp ${written} phối hợp`)).toBe(`các cơ quan có chức năng quản lý đất đai cấp ${written}`);
      expect(resolveBody(`cơ quan quản lý đất đai cấp ${written}`, 'Lai Châu').key).toBe(resolveBody(`cơ quan có chức năng quản lý đất đai cấp ${written}`, 'Lai Châu').key);
    }
    // "cấp" ending a line closes no field: the words after the kind are the clause's.
    expect(parsed('các cơ quan có chức năng quản lý đất đai cấp\nxã phối hợp')).toBe('các cơ quan');
  });
});
