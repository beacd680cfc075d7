/**
 * A kind's qualifier holds the verb after "có" or "được" (issue 8, thirteenth assignment pass): "các tổ chức, cá
 * nhân có khai thác tài nguyên nước", "các cơ quan Trung ương được tổ chức theo hệ thống ngành dọc". A name never
 * ends on the auxiliary with its verb cut off. Excerpts as the real documents of ../shared/real write them.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';
import { readSource } from '../../../src/formats';

async function bodiesOf(text: string) {
  const source = await readSource(Buffer.from(text, 'utf8'), { fileName: 'x.md' });
  return extractDocument(source.text, { fileName: 'x.md', metadata: source.metadata }).assignments.map((a) => `${a.role} ${a.body}`);
}

describe('an auxiliary before a verb inside a kind qualifier', () => {
  it('keeps "có" out of a directed group cut at its verb', async () => {
    const bodies = await bodiesOf(
      '**Điều 2.** Trách nhiệm thực hiện\n\n1. Sở Xây dựng\n\na) Phối hợp Sở Nông nghiệp và\nMôi trường và Ủy ban nhân dân xã, phường tuyên truyền, phổ biến quy định của\npháp luật về tài nguyên nước; hướng dẫn, đôn đốc các tổ chức, cá nhân có khai\nthác tài nguyên nước tuân thủ nghiêm quy định về đăng ký, cấp phép khai thác\ntài nguyên nước.\n',
    );
    expect(bodies.some((b) => /\bcó$/.test(b))).toBe(false);
    expect(bodies).toContain('LEAD Sở Xây dựng');
  });

  it('reads the closing article\'s "được tổ chức theo ..." into the group\'s name', async () => {
    const bodies = await bodiesOf(
      '**Điều 3.** Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc Công an thành phố; Chủ tịch Ủy ban nhân dân các xã, phường; Thủ trưởng các cơ quan, tổ chức, cá nhân; Thủ trưởng các cơ quan Trung ương được\ntổ chức theo hệ thống ngành dọc tại địa phương có liên quan chịu trách nhiệm thi hành Quyết định này./.\n',
    );
    expect(bodies).toContain('LEAD các cơ quan Trung ương được tổ chức theo hệ thống ngành dọc tại địa phương có liên quan');
    expect(bodies).toContain('LEAD Công an thành phố');
    expect(bodies.some((b) => /\bđược$/.test(b))).toBe(false);
  });
});
