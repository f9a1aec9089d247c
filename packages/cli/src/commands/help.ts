import type { Lang } from '@motcua/core';
import type { Io } from '../io.js';

const HELP: Record<Lang, string> = {
  en: `motcua — the rules of Hanoi's one-stop public administrative service network

Usage: motcua <command> [options]

Commands
  route --at T (--agency A | --procedure P | --level city|district|commune --area X) [--channel direct|online|postal] [--explain]
                                   who may receive a dossier, on what basis; --explain: why not the others
  deadline --from T (--duration "N working-days|working-hours|calendar-days" | --procedure P [--channel C])
           [--cutoff HH:MM] [--pause A/B ...] [--unit U] [--include-proposed]
                                   when a dossier received at T is due, and every day skipped
  calendar YEAR [--unit U] [--all] [--include-proposed] [--ics FILE]
                                   the non-working and make-up days of a year, with sources
  units list [--at D] [--kind K]   receiving units (branches, sites, desks, commune centres)
  units show <unit> [--at D]       one unit: names over time, sites, legal basis
  phases [--at D]                  rollout phases and legal regimes; with --at, the network that day
  kpi FILE|- --from D --to D [--by none|unit|branch|agency|procedure] [--index 766]
      [--format ndjson|csv|events] [--freeze SNAPSHOT --actor NAME [--reason TEXT]]
                                   timeliness and backlog of a period from dossier records (NDJSON, CSV,
                                   or an NDJSON event history with --format events);
                                   --index: Decision 766 scores; --freeze: keep the figures, versioned
  kpi show SNAPSHOT [--version N]  the figures a frozen period publishes, its versions and overrides
  kpi override SNAPSHOT --key K --field F --value N --actor A --reason R --basis B
                                   a manual change of one count, kept as an audited new version
  kpi generate --month YYYY-MM --seed S [--per-day N] [--format ndjson|csv]
                                   realistic synthetic dossier records for a month
  procedures list [--at D]         the procedure catalogue in force (national code, level, processing time)
  procedures show P [--at D]       one procedure: components, forms, eligibility, fees, cut-off, clock
  procedures import FILE [--agency-map F] [--agency A] [--level L] [--valid-from D] [--out F]
                                   pack YAML from the national catalogue (LayDanhSachTTHC / LayThuTuc)
  intake FILE                      accept, supplement or refuse a dossier application, with the slip's data
  rules validate [DIR]             check a rule pack (default: the bundled Hanoi pack)
  rules lint [DIR]                 the same, with warnings
  rules test [DIR]                 run the pack's expert cases; list rows no case exercises
  rules diff OLD NEW [--queries F] queries whose receivers change between two packs
  rules explain --at T (--agency A | --procedure P)
                                   every rule that applies to one query, and why other units may not receive
  rules schema                     JSON Schema of a pack file, for editors
  help                             this text

Options for every command
  --json            machine-readable output on stdout (nothing else)
  --lang vi|en      language of messages (default vi, or MOTCUA_LANG)
  --pack DIR|NAME   rule pack to use (default: hanoi)

Units, agencies and areas are named by id, name or alias, without regard to case or
diacritics (e.g. "chi nhanh so 7", "So Ke hoach va Dau tu"); an old name finds today's body. Dates are ISO 8601 (2025-05-12, or 2025-05-12T09:30 in Asia/Ho_Chi_Minh).
Exit codes: 0 answered, 2 invalid input, 3 invalid rule pack, 1 unexpected failure.`,
  vi: `motcua — quy tắc của mạng lưới một cửa, Trung tâm Phục vụ hành chính công Hà Nội

Cách dùng: motcua <lệnh> [tùy chọn]

Lệnh
  route --at T (--agency A | --procedure P | --level city|district|commune --area X) [--channel direct|online|postal] [--explain]
                                   đơn vị nào được tiếp nhận hồ sơ, trên cơ sở nào; --explain: vì sao đơn vị khác không
  deadline --from T (--duration "N working-days|working-hours|calendar-days" | --procedure P [--channel C])
           [--cutoff HH:MM] [--pause A/B ...] [--unit U] [--include-proposed]
                                   hạn giải quyết của hồ sơ nhận lúc T, và mọi ngày được bỏ qua
  calendar NĂM [--unit U] [--all] [--include-proposed] [--ics TỆP]
                                   các ngày nghỉ và ngày làm bù trong năm, kèm căn cứ
  units list [--at D] [--kind K]   các đơn vị tiếp nhận (chi nhánh, điểm, bộ phận một cửa, TTPVHCC xã)
  units show <đơn vị> [--at D]     một đơn vị: tên theo thời gian, các điểm, căn cứ pháp lý
  phases [--at D]                  các giai đoạn và chế độ pháp lý; với --at: mạng lưới ngày đó
  kpi TỆP|- --from D --to D [--by none|unit|branch|agency|procedure] [--index 766]
      [--format ndjson|csv|events] [--freeze BẢN_CHỐT --actor TÊN [--reason LÝ_DO]]
                                   tình hình giải quyết hồ sơ trong kỳ từ dữ liệu hồ sơ (NDJSON, CSV,
                                   hoặc lịch sử sự kiện NDJSON với --format events);
                                   --index: điểm Bộ chỉ số 766; --freeze: chốt số liệu, có phiên bản
  kpi show BẢN_CHỐT [--version N] số liệu công bố của kỳ đã chốt, các phiên bản và điều chỉnh
  kpi override BẢN_CHỐT --key K --field F --value N --actor A --reason R --basis B
                                   điều chỉnh thủ công một số liệu, lưu thành phiên bản mới có ghi vết
  kpi generate --month YYYY-MM --seed S [--per-day N] [--format ndjson|csv]
                                   dữ liệu hồ sơ giả lập sát thực tế cho một tháng
  procedures list [--at D]         danh mục thủ tục có hiệu lực (mã TTHC, cấp, thời hạn)
  procedures show P [--at D]       một thủ tục: thành phần, hình thức, điều kiện, phí, giờ chốt, đồng hồ
  procedures import TỆP [--agency-map F] [--agency A] [--level L] [--valid-from D] [--out F]
                                   YAML của gói từ danh mục quốc gia (LayDanhSachTTHC / LayThuTuc)
  intake TỆP                       tiếp nhận, yêu cầu bổ sung hay từ chối một hồ sơ, kèm dữ liệu phiếu
  rules validate [THƯ_MỤC]         kiểm tra gói quy tắc (mặc định: gói Hà Nội đi kèm)
  rules lint [THƯ_MỤC]             như trên, kèm cảnh báo
  rules test [THƯ_MỤC]             chạy các ca kiểm thử của gói; liệt kê dòng chưa có ca
  rules diff CŨ MỚI [--queries F]  các truy vấn đổi đơn vị tiếp nhận giữa hai gói
  rules explain --at T (--agency A | --procedure P)
                                   mọi quy tắc áp dụng cho một truy vấn, và vì sao đơn vị khác không được nhận
  rules schema                     JSON Schema của tệp quy tắc, cho trình soạn thảo
  help                             trợ giúp này

Tùy chọn chung
  --json            kết quả dạng JSON trên stdout (không in gì khác)
  --lang vi|en      ngôn ngữ thông báo (mặc định vi, hoặc MOTCUA_LANG)
  --pack DIR|TÊN    gói quy tắc dùng (mặc định: hanoi)

Đơn vị, cơ quan, địa bàn được gọi theo mã, tên hoặc tên khác, không phân biệt hoa thường
hay dấu (ví dụ "chi nhanh so 7", "So Ke hoach va Dau tu"); tên cũ trỏ tới cơ quan hiện nay. Ngày theo ISO 8601 (2025-05-12, hoặc 2025-05-12T09:30 giờ Việt Nam).
Mã thoát: 0 đã trả lời, 2 đầu vào sai, 3 gói quy tắc sai, 1 lỗi ngoài dự kiến.`,
};

/** `motcua help`; with `--json`, the same text as one JSON value, so that stdout stays JSON. */
export function helpCommand(io: Io, lang: Lang, json = false): number {
  io.out(json ? JSON.stringify({ help: HELP[lang] }, null, 2) : HELP[lang]);
  return 0;
}
