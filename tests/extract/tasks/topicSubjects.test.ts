/**
 * A topic phrase naming bodies, then their duty with no subject of its own: "Đối với các đơn vị thực hiện sắp xếp
 * tổ chức bộ máy, thì tiếp tục rà soát ..." (Nghị định 303/2025/NĐ-CP, Điều 15.2), "Đối với UBND cấp xã: được giao
 * quản lý, sử dụng tài khoản ..." (a province's Quy chế on the TTHC information system, Điều 11.2): the topic's
 * bodies carry the duty, as the gold has it. How a topic is assessed ("Đối với các tổ chức cung cấp dịch vụ chi trả:
 * Căn cứ vào số lượng mở mới tài khoản để xếp loại", a reward plan) is no duty.
 */
import { describe, expect, it } from 'vitest';
import { roleBodies as roles } from '../../support/assignmentPairs';

describe('a topic phrase as the subject of a duty', () => {
  it('"Đối với các đơn vị ..., thì tiếp tục rà soát ...": the qualified group named up to the comma leads', () => {
    const r = roles('NGHỊ ĐỊNH\nĐiều 15. Điều khoản chuyển tiếp\n2. Đối với các đơn vị thực hiện sắp xếp tổ chức bộ máy, thì tiếp tục rà soát, sắp xếp số lượng cấp phó bảo đảm đến hết năm 2030 theo quy định.');
    expect(r).toEqual(['LEAD các đơn vị thực hiện sắp xếp tổ chức bộ máy']);
  });

  it('"Đối với UBND cấp xã: được giao quản lý, sử dụng tài khoản ...": what the topic is given is its duty', () => {
    const r = roles('QUY CHẾ\nĐiều 11. Quản lý tài khoản\n2. Đối với UBND cấp xã: được giao quản lý, sử dụng tài khoản của cơ quan mình.');
    expect(r).toEqual(['LEAD Ủy ban nhân dân cấp xã']);
  });

  it('"Đối với các tổ chức cung cấp dịch vụ chi trả: Căn cứ vào số lượng ... để xếp loại" assigns nothing', () => {
    const r = roles('KẾ HOẠCH\nIII. TIÊU CHÍ\n4. Đối với các tổ chức cung cấp dịch vụ chi trả: Căn cứ vào số lượng mở mới tài khoản để xếp loại từ cao xuống thấp.');
    expect(r).toEqual([]);
  });
});
