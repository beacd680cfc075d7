import { describe, expect, it } from 'vitest';
import { findBodyMentions, parseBodyListAt, resolveBody } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';

const QN = 'Quảng Ninh';
const key = (name: string, j: string | null = QN) => resolveBody(name, j).key;
const list = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => resolveBody(i.raw, QN).name) ?? [];

describe('splitting lists of collective bodies as annotators do', () => {
  it('splits off kinds that are collectives of their own ("tổ chức chính trị - xã hội") after other kinds', () => {
    expect(list('Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường và cơ quan, tổ chức có liên quan triển khai')).toEqual([
      'các sở, ban, ngành',
      'Tổ chức chính trị - xã hội',
      'Ủy ban nhân dân các xã, phường',
      'cơ quan, tổ chức có liên quan',
    ]);
    // A list one "các" opens with such a kind is one phrase under one "các", one body (README convention 7: a
    // city's directive on groundwater writes "các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan"; a Prime
    // Minister's dispatch addresses the ministries' group the same way).
    expect(list('Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan có trách nhiệm')).toEqual(['các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan']);
    expect(list('Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh')).toEqual([
      'các Bộ',
      'các cơ quan ngang Bộ, cơ quan thuộc Chính phủ',
      'Chủ tịch Ủy ban nhân dân các tỉnh',
    ]);
    // Opened by another kind, they still split off: a Prime Minister's decision lists its addressees so
    // ("- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;").
    expect(list('Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;')).toEqual(['các Bộ', 'cơ quan ngang Bộ', 'cơ quan thuộc Chính phủ']);
  });

  it('reads the levels written after a kind of school named by its level as one group, and what follows as the next body', () => {
    // A ministry's circular on teachers' overtime pay: "Người đứng đầu cơ sở giáo dục đại học, cao đẳng, cơ sở đào
    // tạo, bồi dưỡng của Bộ, ..." (the levels belong to "cơ sở giáo dục", a kind named by its level, as to "trường").
    expect(list('Người đứng đầu cơ sở giáo dục đại học, cao đẳng, cơ sở đào tạo, bồi dưỡng của Bộ, cơ quan ngang Bộ căn cứ quy định')[0]).toBe(
      'Người đứng đầu cơ sở giáo dục đại học, cao đẳng',
    );
    // A province's digital-transformation plan: "các trường đại học, cao đẳng, cơ sở giáo dục nghề nghiệp, giáo dục
    // phổ thông"; the levels of the schools are one group, the vocational schools another.
    expect(list('các trường đại học, cao đẳng, cơ sở giáo dục nghề nghiệp triển khai')).toEqual(['các trường đại học, cao đẳng', 'cơ sở giáo dục nghề nghiệp']);
    // Its target list: "các cơ sở đào tạo đại học, cao đẳng, giáo dục nghề nghiệp" (a kind of the vocabulary that
    // ends with a level).
    expect(list('các cơ sở đào tạo đại học, cao đẳng, giáo dục nghề nghiệp hoàn thiện')[0]).toBe('các cơ sở đào tạo đại học, cao đẳng');
  });

  it('gives the owner closing a run of groups to each ("các tổ chức hành chính khác, đơn vị sự nghiệp công lập thuộc thành phố")', () => {
    expect(list('Thủ trưởng các tổ chức hành chính khác, đơn vị sự nghiệp công lập thuộc thành phố; Chủ tịch')).toEqual([
      'các tổ chức hành chính khác thuộc thành phố',
      'đơn vị sự nghiệp công lập thuộc thành phố',
    ]);
    // An item with its own "các" is a group of its own: the owner stays with it.
    expect(list('các sở, ban, ngành, các đơn vị thuộc Ủy ban nhân dân tỉnh')).toEqual(['các sở, ban, ngành', 'các đơn vị thuộc Ủy ban nhân dân tỉnh']);
  });

  it('keeps one body when commas separate parts of one name or plain kinds of one collective', () => {
    expect(list('Sở Nông nghiệp và Môi trường, Sở Công Thương phối hợp')).toEqual(['Sở Nông nghiệp và Môi trường', 'Sở Công Thương']);
    expect(list('Sở Văn hóa, Thể thao và Du lịch chủ trì')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(list('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội')).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội']);
    expect(list('các sở, ban, ngành, địa phương')).toEqual(['các sở, ban, ngành, địa phương']);
    expect(list('các tổ chức, cá nhân có liên quan')).toEqual(['các tổ chức, cá nhân có liên quan']);
  });

  it('keeps public service units among the kinds one "các" opens (a UBND decision on public services, Điều 2)', () => {
    expect(list('Các cơ quan, đơn vị sự nghiệp công lập, UBND cấp xã căn cứ Danh mục dịch vụ sự nghiệp công')).toEqual([
      'các cơ quan, đơn vị sự nghiệp công lập',
      'Ủy ban nhân dân cấp xã',
    ]);
  });
});

describe('reading body lists in running text', () => {
  it('splits an article\'s list of executors, groups with their commas kept (002 Điều 4)', () => {
    expect(
      list(
        'Chanh Van phong UBND tinh, Giam ddc S& Noi vu,\nThu trudng cac So, ban, nganh, Chu tich Uy ban nhan dan cac xa, phuong, dac\nkhu, cac co quan trung wong dong trén dia ban tinh va cac don vi su nghi€p cong\nlap truc thuéc UBND tinh chiu trach nhiém',
      ),
    ).toEqual([
      'Văn phòng Ủy ban nhân dân tỉnh',
      'Sở Nội vụ',
      'các sở, ban, ngành',
      'Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu',
      'các cơ quan trung ương đóng trên địa bàn tỉnh',
      'các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh',
    ]);
  });

  it('ends a name where the predicate starts ("Sở Nội vụ kiểm tra", "Các chủ đầu tư, các cơ quan quản lý lập")', () => {
    expect(list('S& Noi vu kiém tra cac ndi dung')).toEqual(['Sở Nội vụ']);
    expect(list('Các chủ đầu tư, các cơ quan quản lý lập kế hoạch giải ngân')).toEqual(['các chủ đầu tư', 'các cơ quan quản lý']);
    expect(list('các cấp, các ngành trong tỉnh cần tiếp tục')).toEqual(['các cấp, các ngành trong tỉnh']);
  });

  it('completes parts with the owner named last ("Thường trực, các Ban, các Tổ và đại biểu HĐND tỉnh")', () => {
    expect(list('Thường trực, các Ban, các Tổ và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện')).toEqual([
      'Thường trực Hội đồng nhân dân tỉnh',
      'các Ban Hội đồng nhân dân tỉnh',
      'các Tổ Hội đồng nhân dân tỉnh',
      'Đại biểu Hội đồng nhân dân tỉnh',
    ]);
  });

  it('expands "Giám đốc các Sở: Nội vụ, Tài chính, Kế hoạch và Đầu tư" into one Sở each', () => {
    expect(list('Giám đốc các Sở: Nội vụ, Tài chính, Kế hoạch và Đầu tư; Chủ tịch UBND các huyện chịu trách nhiệm')).toEqual([
      'Sở Nội vụ',
      'Sở Tài chính',
      'Sở Kế hoạch và Đầu tư',
      'Chủ tịch Ủy ban nhân dân các huyện',
    ]);
  });

  it('does not read verbs or common words as bodies', () => {
    expect(parseBodyListAt(tokenize('Ban hành kèm theo Quyết định này'), 0)).toBeNull();
    expect(parseBodyListAt(tokenize('Tổ chức đánh giá, chấm điểm'), 0)).toBeNull();
    expect(parseBodyListAt(tokenize('TỔ CHỨC THỰC HIỆN'), 0)).toBeNull();
    expect(parseBodyListAt(tokenize('Quan tâm, phối hợp với'), 0)).toBeNull();
  });

  it('finds named bodies anywhere, but not the issuer code inside a document symbol', () => {
    const text = 'Căn cứ Nghị quyết số 05-NQ/TU ngày 09/4/2021 của Ban Chấp hành Đảng bộ tỉnh; Văn bản số 4625/BNV-CCHC của Bộ Nội vụ.';
    const names = findBodyMentions(text).map((m) => resolveBody(m.raw, QN).name);
    expect(names).toContain('Bộ Nội vụ');
    expect(names).not.toContain('Tỉnh ủy');
    expect(names).not.toContain('Bộ Nội vụ CCHC');
  });
});

describe('a complete body that is a unit of the body named after it', () => {
  it('keeps the owner in the inspectorate\'s name, national when the owner is', () => {
    // A Government decree's article heading "Điều 8. Thanh tra Ngân hàng Nhà nước"; an office's addressee list
    // "Ngân hàng Nhà nước Việt Nam, Thanh tra Chính phủ, Kiểm toán Nhà nước".
    expect(list('Thanh tra Ngân hàng Nhà nước thực hiện theo quy định')).toEqual(['Thanh tra Ngân hàng Nhà nước']);
    expect(list('Thanh tra Chính phủ, Kiểm toán Nhà nước')).toEqual(['Thanh tra Chính phủ', 'Kiểm toán Nhà nước']);
    expect(resolveBody('Thanh tra Chính phủ', QN).jurisdiction).toBe('national');
    // The inspectorate of the document's own place stays one body however it is written.
    expect(key('Thanh tra tỉnh')).toBe(key('Thanh tra'));
  });
});

describe('one head named for several ministries', () => {
  it('gives one ministry per field after "các Bộ", with or without a colon, "Công an" after "và" too', () => {
    // The dispatch genre's form "Bộ trưởng các Bộ: A, B và C" (the gold names each ministry, without the title).
    expect(list('Bộ trưởng các Bộ: Y tế, Tài chính và Công an khẩn trương')).toEqual(['Bộ Y tế', 'Bộ Tài chính', 'Bộ Công an']);
    // Thông báo 637/TB-VPCP: the kind written once before the first field; a body of another kind goes on the list.
    expect(list('các Bộ Y tế, Công an, Xây dựng, Quốc phòng, Tài chính, Ủy ban nhân dân tỉnh Ninh Bình và các bộ, cơ quan, tổ chức, cá nhân liên quan biết')).toEqual([
      'Bộ Y tế',
      'Bộ Công an',
      'Bộ Xây dựng',
      'Bộ Quốc phòng',
      'Bộ Tài chính',
      'Ủy ban nhân dân tỉnh Ninh Bình',
      'các bộ, cơ quan, tổ chức, cá nhân liên quan',
    ]);
  });

  it('ends the fields at another head\'s title ("... và Thủ trưởng các cơ quan liên quan")', () => {
    expect(list('Giám đốc các Sở: Tài chính, Xây dựng và Thủ trưởng các cơ quan liên quan thực hiện')).not.toContain('Sở Thủ');
  });
});
