import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Procedure, ProcedureSchema, isMotcuaError } from '@motcua/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { NATIONAL_CATALOGUE_DOC, importNationalCatalogue, loadPack, proceduresToYaml } from '../src/index.js';
import { MINIMAL_DIR } from './helpers.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/national/${name}`, import.meta.url), 'utf8'));
const LIST = fixture('lay-danh-sach-tthc.json');
const KHAI_SINH = fixture('lay-thu-tuc-1.001193.json');
const CITY = fixture('lay-thu-tuc-1.999001.json');
const PROXIED = fixture('lay-thu-tuc-1.999002.json');
const ALL = [LIST, KHAI_SINH, CITY, PROXIED];
const OPTIONS = { validFrom: '2025-07-01', agencyMap: { '000.00.12.H26': 'so-tai-chinh' }, lang: 'en' } as const;

const byId = (procedures: readonly Procedure[], id: string) => {
  const p = procedures.find((x) => x.id === id);
  if (!p) throw new Error(`no procedure ${id}`);
  return p;
};
const version = (p: Procedure) => p.versions[0]!;
const en = (text: unknown) => (typeof text === 'object' && text !== null ? (text as { en: string }).en : String(text));
const where = (issues: readonly { code: string; severity: string; path?: readonly (string | number)[] }[]) => issues.map((i) => `${i.severity} ${i.code} ${i.path?.join('.') ?? ''}`);

/** A LayThuTuc detail with one direct channel and one component, to vary one field at a time. */
function detail(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    MATTHC: '1.999100',
    TENTTHC: 'Thủ tục thử',
    CAPTHUCHIEN: [{ CAPTHUCHIEN: '3', TENCAP: 'Cấp Xã' }],
    CACHTHUCTHUCHIEN: [{ KENH: '1', THOIGIAN: [{ THOIGIANGIAIQUYET: '5', DONVITINH: 'Ngày làm việc' }] }],
    THANHPHANHOSO: [{ TRUONGHOP: '', GIAYTO: [{ TENGIAYTO: 'Tờ khai', SOBANCHINH: '1', SOBANSAO: '0' }] }],
    ...overrides,
  };
}
const time = (THOIGIANGIAIQUYET: unknown, DONVITINH: unknown, KENH: unknown = '1') => ({ CACHTHUCTHUCHIEN: [{ KENH, THOIGIAN: [{ THOIGIANGIAIQUYET, DONVITINH }] }] });

describe('importNationalCatalogue on the hand-made DVCQG samples', () => {
  const result = importNationalCatalogue(ALL, OPTIONS);

  it('imports every detail, merges the list into them, and reports the list item without a detail', () => {
    expect(result.procedures.map((p) => p.id)).toEqual(['tthc-1-001193', 'tthc-1-999001', 'tthc-1-999002']);
    expect(where(result.issues)).toEqual(['warning RECORD_BAD_FIELD 3.message.result.0.CAPTHUCHIEN', 'error RECORD_MISSING_FIELD 0.result.3']);
    expect(result.issues[1]!.params).toMatchObject({ field: 'CACHTHUCTHUCHIEN' });
    for (const p of result.procedures) expect(ProcedureSchema.safeParse(p).success).toBe(true);
  });

  it('maps the identity, level, field, citation and catalogue notes of a commune procedure', () => {
    const p = byId(result.procedures, 'tthc-1-001193');
    expect(p).toMatchObject({ id: 'tthc-1-001193', code: '1.001193', name: 'Thủ tục đăng ký khai sinh', level: 'commune', field: 'Hộ tịch', confidence: 'secondary' });
    expect(p.agency).toBeUndefined(); // every commune People's Committee performs it
    expect(p.citation).toEqual({ doc: NATIONAL_CATALOGUE_DOC, ref: '1.001193' });
    expect(en(p.notes)).toContain('Publishing agency code: G09.');
    expect(en(p.notes)).toContain('Ủy ban nhân dân xã, phường, thị trấn (000.00.00.G09-XA)');
    expect(en(p.notes)).toContain('Applicants: Công dân Việt Nam.');
    expect(en(p.notes)).toContain('Result: Giấy khai sinh (bản chính).');
    const v = version(p);
    expect(v).toMatchObject({ validFrom: '2025-07-01', processingTime: { direct: '1 working-days' }, channels: ['direct', 'online', 'postal'], boundaryFree: false, clock: { supplement: 'pause', financialObligation: 'pause' } });
    expect(v.citation).toEqual({ doc: 'CSDL-TTHC', ref: '1.001193' });
    expect(v.processingTime.online).toBeUndefined(); // same as direct
    expect(v.fees).toBeUndefined(); // "0" and "Không": free
    expect(en(v.notes)).toContain('No fee per the national data: Miễn lệ phí đăng ký khai sinh đúng hạn.');
    expect(en(v.notes)).toContain('Legal bases: 60/2014/QH13 Luật Hộ tịch (20-11-2014); 123/2015/NĐ-CP');
    expect(en(v.notes)).not.toContain('Requirements'); // YEUCAU "Không"
  });

  it('reads components across cases: in every case → required, in some → not, "nếu có" → not', () => {
    const v = version(byId(result.procedures, 'tthc-1-001193'));
    expect(v.components.map((c) => [c.code, c.required, c.forms, c.quantity])).toEqual([
      ['tk-ks', true, ['original'], 1],
      ['gcs', false, ['original'], 1],
      ['vbuq', false, ['original'], 1],
      ['bb-te', false, ['original'], 1],
    ]);
    expect(en(v.components[0]!.note)).toBe('Form: Tờ khai đăng ký khai sinh.docx https://example.invalid/mau/to-khai-khai-sinh.docx');
    expect(en(v.components[1]!.note)).toBe('Only in the case(s): Đăng ký khai sinh đúng hạn.');
    expect(en(v.components[2]!.note)).toContain('"if any"');
  });

  it('maps originals and copies: copy → certified copy, unless the original is shown for comparison or a photocopy will do', () => {
    const v = version(byId(result.procedures, 'tthc-1-999001'));
    expect(v.components.map((c) => [c.code, c.required, c.forms, c.quantity])).toEqual([
      ['don-dn', true, ['original'], 1],
      ['gcn-dkdn', true, ['certified-copy'], 1],
      ['cccd', true, ['copy'], 1], // "kèm bản chính để đối chiếu"
      ['bv', true, ['original', 'certified-copy'], 2],
      ['tai-lieu-khac-chung-minh-nang', true, ['original'], 1], // no counts, no MAGIAYTO
    ]);
    expect(en(v.components[3]!.note)).toContain('2 original(s) and 2 copy(ies)');
    expect(en(v.components[4]!.note)).toContain('read as 1 original');
    const proxied = version(byId(result.procedures, 'tthc-1-999002'));
    expect(proxied.components.map((c) => c.forms)).toEqual([['original'], ['copy']]); // "bản chụp"
  });

  it('maps the agency through the agency map, and the fees with their amounts, kinds and units', () => {
    const p = byId(result.procedures, 'tthc-1-999001');
    expect(p).toMatchObject({ agency: 'so-tai-chinh', level: 'city', field: 'Lĩnh vực mẫu' });
    const v = version(p);
    expect(v.fees).toEqual([
      { name: 'Phí thẩm định hồ sơ', kind: 'fee', amount: 300000, citation: { doc: 'CSDL-TTHC', ref: '1.999001' } },
      {
        name: 'Lệ phí cấp giấy phép',
        kind: 'charge',
        amount: 50000,
        per: 'giấy phép',
        citation: { doc: 'CSDL-TTHC', ref: '1.999001', note: 'The amount differs by channel (direct 50000, online 25000); the highest is given.' },
      },
    ]);
    expect(en(v.notes)).toContain('Fees without a fixed amount (not imported): Lệ phí theo tỷ lệ giá trị');
    expect(en(v.notes)).toContain('Requirements (not turned into eligibility rules): Tổ chức đề nghị cấp phép phải có trụ sở tại thành phố.');
    const proxied = version(byId(result.procedures, 'tthc-1-999002'));
    expect(proxied.fees).toEqual([{ name: 'Lệ phí chứng thực bản sao từ bản chính', kind: 'charge', amount: 2000, per: 'trang', citation: { doc: 'CSDL-TTHC', ref: '1.999002' } }]);
  });

  it('maps the time of each channel and unit, taking the maximum of a range and keeping a half day, with notes', () => {
    const city = version(byId(result.procedures, 'tthc-1-999001'));
    expect(city.processingTime).toEqual({ direct: '15 working-days', online: '12 working-days' }); // postal "12 - 15" → 15 = direct
    expect(en(city.notes)).toContain('Channel postal: the time is a range "12 - 15 Ngày làm việc"; its maximum, 15 working-days, is taken.');
    const proxied = version(byId(result.procedures, 'tthc-1-999002'));
    expect(proxied.processingTime).toEqual({ direct: '0.5 working-days', online: '4 working-hours', postal: '2 calendar-days' });
    expect(en(proxied.notes)).toContain('Channel direct: the fractional time "0,5 Ngày làm việc" is kept as 0.5 working-days.');
    expect(en(proxied.notes)).toContain('Channel online: the unit "Giờ" is read as working hours.');
  });

  it('reads the Thanh Hóa connector\'s JSON-in-a-string and PascalCase keys, and warns of several levels', () => {
    const p = byId(result.procedures, 'tthc-1-999002');
    expect(p).toMatchObject({ code: '1.999002', name: 'Chứng thực bản sao từ bản chính (thủ tục mẫu cấp huyện)', level: 'district', field: 'Chứng thực' });
    expect(en(p.notes)).toContain('several levels (district, commune); imported at the first one');
    const forced = importNationalCatalogue(PROXIED, { ...OPTIONS, level: 'commune' });
    expect(forced.issues).toEqual([]);
    expect(forced.procedures[0]!.level).toBe('commune');
  });

  it('answers in Vietnamese by default', () => {
    const vi = importNationalCatalogue(LIST, { validFrom: '2025-07-01' });
    expect(vi.procedures).toEqual([]);
    expect(vi.issues.map((i) => i.message)).toEqual(Array(4).fill('Hồ sơ thiếu trường bắt buộc "CACHTHUCTHUCHIEN".'));
  });
});

describe('channels and units', () => {
  it.each([
    ['15', 'Ngày làm việc', '15 working-days'],
    [15, 'Ngày', '15 calendar-days'],
    ['8', 'Giờ', '8 working-hours'],
    ['8', 'Giờ làm việc', '8 working-hours'],
    ['2', 'Tuần', '14 calendar-days'],
    ['1/2', 'Ngày làm việc', '0.5 working-days'],
    ['10 - 15', 'Ngày', '15 calendar-days'],
    ['10 đến 20', 'Ngày làm việc', '20 working-days'],
    ['Không quá 3', 'Ngày làm việc', '3 working-days'],
    ['7 ngày làm việc', '', '7 working-days'],
  ])('%j %j → %s', (amount, unit, expected) => {
    const r = importNationalCatalogue(detail(time(amount, unit)), OPTIONS);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(version(r.procedures[0]!).processingTime.direct).toBe(expected);
  });

  it.each([
    ['1', 'Tháng', 'RECORD_BAD_FIELD', 'CACHTHUCTHUCHIEN.0.THOIGIAN.0.DONVITINH'],
    ['0', 'Ngày', 'RECORD_BAD_FIELD', 'CACHTHUCTHUCHIEN.0.THOIGIAN.0.THOIGIANGIAIQUYET'],
    ['Theo quy định', 'Ngày', 'RECORD_BAD_FIELD', 'CACHTHUCTHUCHIEN.0.THOIGIAN.0.THOIGIANGIAIQUYET'],
    ['5', undefined, 'RECORD_MISSING_FIELD', 'CACHTHUCTHUCHIEN.0.THOIGIAN.0'],
  ])('%j %j is reported (%s at %s), not guessed', (amount, unit, code, path) => {
    const r = importNationalCatalogue(detail(time(amount, unit)), OPTIONS);
    expect(r.procedures).toEqual([]);
    expect(where(r.issues)).toEqual([`error ${code} ${path}`]);
  });

  it.each([
    ['Trực tiếp', 'direct'],
    ['Trực tuyến', 'online'],
    ['Dịch vụ bưu chính', 'postal'],
    [{ MaMuc: '3', TenMuc: 'Dịch vụ bưu chính công ích' }, 'postal'],
    [2, 'online'],
  ])('reads the channel %j as %s', (kenh, channel) => {
    const r = importNationalCatalogue(detail(time('5', 'Ngày làm việc', kenh)), OPTIONS);
    expect(version(r.procedures[0]!).channels).toEqual([channel]);
  });

  it('keeps the online time as processingTime.direct when there is no direct channel, and says so', () => {
    const r = importNationalCatalogue(detail({ CACHTHUCTHUCHIEN: [{ KENH: '2', THOIGIAN: [{ THOIGIANGIAIQUYET: '3', DONVITINH: 'Ngày làm việc' }] }] }), OPTIONS);
    const v = version(r.procedures[0]!);
    expect(v).toMatchObject({ channels: ['online'], processingTime: { direct: '3 working-days' } });
    expect(en(v.notes)).toContain('No direct channel');
  });

  it('takes the longest of several times of one channel, comparing across units', () => {
    const r = importNationalCatalogue(
      detail({ CACHTHUCTHUCHIEN: [{ KENH: '1', THOIGIAN: [{ THOIGIANGIAIQUYET: '20', DONVITINH: 'Giờ' }, { THOIGIANGIAIQUYET: '3', DONVITINH: 'Ngày làm việc' }, { THOIGIANGIAIQUYET: '2', DONVITINH: 'Ngày làm việc' }] }] }),
      OPTIONS,
    );
    const v = version(r.procedures[0]!);
    expect(v.processingTime.direct).toBe('3 working-days');
    expect(en(v.notes)).toContain('several times (20 working-hours; 3 working-days; 2 working-days); the longest is taken');
  });

  it('rejects an unknown channel code with its path', () => {
    const r = importNationalCatalogue(detail(time('5', 'Ngày', '9')), OPTIONS);
    expect(where(r.issues)).toEqual(['error RECORD_BAD_FIELD CACHTHUCTHUCHIEN.0.KENH']);
  });
});

describe('bad records', () => {
  it('reports a malformed record with its path and still imports the others', () => {
    const good = (code: string) => ({
      MaTTHC: code,
      TenTTHC: `Thủ tục ${code}`,
      CapThucHien: [{ CapThucHien: '3' }],
      CachThucThucHien: [{ Kenh: '1', ThoiGian: [{ ThoiGianGiaiQuyet: '3', DonViTinh: 'Ngày làm việc' }] }],
      ThanhPhanHoSo: [{ TruongHop: '', GiayTo: [{ TenGiayTo: 'Tờ khai', SoBanChinh: 1, SoBanSao: 0 }] }],
    });
    const broken = { ...good('1.999204'), ThanhPhanHoSo: [{ GiayTo: [] }, { GiayTo: [] }, 'không phải đối tượng'] };
    const r = importNationalCatalogue({ error_code: 0, data: [good('1.999201'), good('1.999202'), good('1.999203'), broken] }, OPTIONS);
    expect(r.procedures.map((p) => p.code)).toEqual(['1.999201', '1.999202', '1.999203']);
    expect(where(r.issues)).toEqual(['error RECORD_BAD_FIELD data.3.ThanhPhanHoSo.2']);
    expect(r.issues[0]!.message).toBe('Field "ThanhPhanHoSo.2" has the invalid value "không phải đối tượng"; expected a case (TRUONGHOP, GIAYTO) or a document (TENGIAYTO).');
  });

  it('reports bad counts, a missing name, a bad code and garbage items, each at its path', () => {
    const r = importNationalCatalogue(
      [
        detail({ MATTHC: '1.999301', THANHPHANHOSO: [{ GIAYTO: [{ TENGIAYTO: 'Tờ khai', SOBANCHINH: 'một' }] }] }),
        detail({ MATTHC: '1.999302', THANHPHANHOSO: [{ GIAYTO: [{ SOBANCHINH: 1 }] }] }),
        detail({ MATTHC: 'ABC' }),
        detail({ MATTHC: '1.999303', CAPTHUCHIEN: [{ CAPTHUCHIEN: '0', TENCAP: 'Cấp Bộ' }] }),
        42,
        detail({ MATTHC: '1.999304' }),
      ],
      OPTIONS,
    );
    expect(r.procedures.map((p) => p.code)).toEqual(['1.999304']);
    expect(where(r.issues)).toEqual([
      'error RECORD_BAD_FIELD 4',
      'error RECORD_BAD_FIELD 0.THANHPHANHOSO.0.GIAYTO.0.SOBANCHINH',
      'error RECORD_MISSING_FIELD 1.THANHPHANHOSO.0.GIAYTO.0',
      'error RECORD_BAD_FIELD 2.MATTHC',
      'error RECORD_BAD_FIELD 3.CAPTHUCHIEN',
    ]);
  });

  it('reports an adapter error instead of reading its data', () => {
    const r = importNationalCatalogue({ error_code: -1, message: 'Phiên làm việc hết hạn', data: [] }, OPTIONS);
    expect(r.procedures).toEqual([]);
    expect(where(r.issues)).toEqual(['error RECORD_BAD_FIELD error_code']);
    expect(r.issues[0]!.message).toContain('-1 (Phiên làm việc hết hạn)');
  });

  it('takes the name from the list when the detail has none', () => {
    const r = importNationalCatalogue({ result: [{ MATTHC: '1.999100', TENTTHC: 'Tên trong danh sách' }, detail({ TENTTHC: '' })] }, OPTIONS);
    expect(r.issues).toEqual([]);
    expect(r.procedures.map((p) => p.name)).toEqual(['Tên trong danh sách']);
  });

  it('keeps the later of two details of one code, with a warning', () => {
    const r = importNationalCatalogue([detail(), detail({ TENTTHC: 'Tên mới' })], OPTIONS);
    expect(r.procedures.map((p) => p.name)).toEqual(['Tên mới']);
    expect(where(r.issues)).toEqual(['warning RECORD_INCONSISTENT 1']);
  });

  it('warns when a city procedure\'s agency is not in the map, and uses the default agency when given', () => {
    const city = detail({ CAPTHUCHIEN: [{ CAPTHUCHIEN: '1' }], COQUANTHUCHIEN: [{ MADONVI: '000.00.99.H26', TENDONVI: 'Sở X' }] });
    const bare = importNationalCatalogue(city, OPTIONS);
    expect(bare.procedures[0]!.agency).toBeUndefined();
    expect(where(bare.issues)).toEqual(['warning RECORD_BAD_FIELD COQUANTHUCHIEN.0']);
    const withDefault = importNationalCatalogue(city, { ...OPTIONS, defaultAgency: 'so-tai-chinh' });
    expect(withDefault.issues).toEqual([]);
    expect(withDefault.procedures[0]!.agency).toBe('so-tai-chinh');
  });

  it('honours a boundary-free flag when the data has one', () => {
    const r = importNationalCatalogue(detail({ LaPhiDiaGioi: true }), OPTIONS);
    expect(version(r.procedures[0]!).boundaryFree).toBe(true);
  });

  it('never throws on data, whatever it is', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = importNationalCatalogue(value, OPTIONS);
        expect(Array.isArray(r.procedures) && Array.isArray(r.issues)).toBe(true);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('throws INVALID_ARGUMENT for bad options only', () => {
    for (const options of [{ validFrom: '2025-13-01' }, { validFrom: '2025-07-01', defaultAgency: 'Sở X' }, { validFrom: '2025-07-01', agencyMap: { a: 'B C' } }]) {
      let error: unknown;
      try {
        importNationalCatalogue([], options);
      } catch (e) {
        error = e;
      }
      expect(isMotcuaError(error) && error.code).toBe('INVALID_ARGUMENT');
    }
  });
});

describe('proceduresToYaml', () => {
  const { procedures } = importNationalCatalogue(ALL, OPTIONS);
  const text = proceduresToYaml(procedures, { source: 'samples.json' });
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('writes a procedures: file with a header saying where it came from, to review it, and to declare CSDL-TTHC', () => {
    expect(text.startsWith('# Procedures imported from the national TTHC database')).toBe(true);
    expect(text).toContain('file samples.json');
    expect(text).toContain('review every citation');
    expect(text).toContain('- code: CSDL-TTHC');
    expect(text).toContain('code: "1.001193"'); // quoted: a plain 1.001193 would be a number
    expect(parseYaml(text)).toEqual({ procedures: JSON.parse(JSON.stringify(procedures)) });
  });

  it('loads in a pack that declares the CSDL-TTHC document, as the same procedures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-national-'));
    dirs.push(dir);
    cpSync(MINIMAL_DIR, dir, { recursive: true });
    writeFileSync(
      join(dir, 'catalogue-documents.yaml'),
      ['documents:', `  - code: ${NATIONAL_CATALOGUE_DOC}`, '    title: Cơ sở dữ liệu quốc gia về thủ tục hành chính', '    kind: dataset', '    url: https://csdl.dichvucong.gov.vn', '    confidence: secondary', ''].join('\n'),
    );
    writeFileSync(join(dir, 'procedures.yaml'), text);
    const loaded = loadPack(dir, { lang: 'en' });
    // Not even a warning of the linter (the minimal pack alone has none).
    expect(loaded.issues.map((i) => `${i.severity} ${i.code} ${i.file ?? ''}:${i.line ?? ''} ${i.message}`)).toEqual([]);
    if (!loaded.ok) throw new Error('the pack must load');
    expect(loaded.value.org.content.procedures).toEqual(procedures);
  });
});
