/**
 * A document's numbered points written as an HTML list (`<ol>`, as a word processor's numbering is saved) read
 * as the same points typed in paragraphs: the number is the document's structure, and the assignments under it
 * follow from it. The passage is a provincial plan's duties, copied from a real document.
 */
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/formats';
import { extractDocument } from '../../src/extract/extractDocument';

const HEAD = `<html><body>
<table><tr><td>ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr>
<tr><td>Số: 179/KH-UBND</td><td>Đồng Nai, ngày 18 tháng 11 năm 2025</td></tr></table>
<p>KẾ HOẠCH</p>
<p>IV. TỔ CHỨC THỰC HIỆN</p>`;
const DUTIES = [
  'Sở Giáo dục và Đào tạo: Chủ trì, phối hợp triển khai các nhiệm vụ chuyển đổi số, phát triển kinh tế số và xã hội số trong lĩnh vực giáo dục và đào tạo.',
  'Sở Tư pháp: Chủ trì, phối hợp với các sở, ban, ngành rà soát, đề xuất sửa đổi, bổ sung các quy định pháp luật liên quan đến kinh tế số và xã hội số.',
];

async function read(html: string) {
  const source = await readSource(new TextEncoder().encode(html), { fileName: 'ke-hoach.html' });
  return { text: source.text, pairs: extractDocument(source.text).assignments.map((a) => `${a.body} | ${a.role}`).sort() };
}

describe('HTML lists', () => {
  it('keeps the number of an ordered list item, from the list\'s start, on the item\'s first line', async () => {
    const list = await read(`${HEAD}<ol start="5">${DUTIES.map((d) => `<li><p>${d}</p></li>`).join('')}</ol></body></html>`);
    expect(list.text).toContain(`5. ${DUTIES[0]}`);
    expect(list.text).toContain(`6. ${DUTIES[1]}`);
  });

  it('gives the assignments of the same points typed in paragraphs', async () => {
    const list = await read(`${HEAD}<ol start="5">${DUTIES.map((d) => `<li><p>${d}</p></li>`).join('')}</ol></body></html>`);
    const typed = await read(`${HEAD}${DUTIES.map((d, i) => `<p>${i + 5}. ${d}</p>`).join('')}</body></html>`);
    expect(typed.pairs).toEqual(expect.arrayContaining(['Sở Giáo dục và Đào tạo | LEAD', 'Sở Tư pháp | LEAD']));
    expect(list.pairs).toEqual(typed.pairs);
  });

  it('adds no marker to a list styled to show none, whose items type their numbers themselves', async () => {
    const typed = DUTIES.map((d, i) => `${i + 5}. ${d}`);
    const list = await read(`${HEAD}<ol style="list-style-type: none">${typed.map((d) => `<li>${d}</li>`).join('')}</ol><ul><li style="list-style:none">${typed[0]}</li></ul></body></html>`);
    expect(list.text).toMatch(new RegExp(`^${typed[1]!.replace(/[.()]/g, '\\$&')}$`, 'm'));
    expect(list.text).not.toContain('1. 5.');
    expect(list.text).not.toContain('- 5.');
    expect(list.pairs).toEqual(expect.arrayContaining(['Sở Giáo dục và Đào tạo | LEAD', 'Sở Tư pháp | LEAD']));
  });

  it('letters a lettered list in the order the documents letter their points (đ after d)', async () => {
    const list = await read(`${HEAD}<ol type="a">${['một', 'hai', 'ba', 'bốn', 'năm'].map((d) => `<li>Nhiệm vụ ${d}.</li>`).join('')}</ol><ul><li>Gạch đầu dòng.</li></ul></body></html>`);
    expect(list.text).toMatch(/^d\. Nhiệm vụ bốn\.$/m);
    expect(list.text).toMatch(/^đ\. Nhiệm vụ năm\.$/m);
    expect(list.text).toMatch(/^- Gạch đầu dòng\.$/m);
  });
});
