/**
 * Offices of a steering committee or council: "Trưởng Ban Chỉ đạo", "Phó Trưởng Ban Chỉ đạo", "Ủy viên thường
 * trực", "Ủy viên kiêm Chánh Văn phòng Ban Chỉ đạo", "các Ủy viên Ban Chỉ đạo". A committee's working regulation
 * (Quy chế hoạt động) gives each office its own article ("Điều 5. Trách nhiệm của Trưởng Ban Chỉ đạo") and the
 * annotators keep the office as written, as the clauses already read "Các thành viên Ban Chỉ đạo có trách nhiệm
 * ...". The head of a committee named in full ("Trưởng Ban Chỉ đạo Nhà nước các chương trình, ...") stands for
 * that committee, as any head's title does for its body.
 */
import { foldForSearch } from '../../text/fold';
import { memoize } from '../memo';
import { foldedPhrases } from '../vocabulary';
import words from './clauseWords.json';
import type { RoleFinding } from './types';

const OFFICES = words.committeeOffices;
/** Folded phrases as one alternation, longest first. */
const alternation = (list: string[]): string => foldedPhrases(list).sort((a, b) => b.length - a.length).join('|');
/** The committees by kind, each with the councils of another sort its name opens ("hội đồng" but not "hội đồng nhân dân"). */
const KINDS = foldedPhrases(OFFICES.kinds).map((k) => {
  const others = foldedPhrases(OFFICES.notCommittees).filter((n) => n.startsWith(`${k} `)).map((n) => n.slice(k.length + 1));
  return others.length > 0 ? `${k}(?! (${others.join('|')}))` : k;
});

/** A title of the committee's own, then the committee (or "thường trực"), folded. */
const OFFICE = new RegExp(`^(cac )?(${alternation(OFFICES.titles)})( [a-z]+){0,4}? (${KINDS.join('|')}|${alternation(OFFICES.standingOffices)})\\b`);

/** The title of a committee's head before the committee ("Phó Trưởng " of "Phó Trưởng Ban Chỉ đạo"), folded. */
const HEAD_TITLE = new RegExp(`^(${alternation(OFFICES.headTitles)}) (?=${alternation(OFFICES.kinds)})`);

/** A committee written with its full name after its kind ("Ban Chỉ đạo Nhà nước ...", "Ban Chỉ đạo tỉnh"), folded. */
const NAMED_AFTER = new RegExp(`^(${alternation(OFFICES.kinds)}) \\S`);

/** Whether a folded heading or name opens with an office of a committee. */
export function committeeOffice(folded: string): boolean {
  return OFFICE.test(folded.replace(/\s+/g, ' '));
}

/**
 * The words an office's name may open with (folded, lower case): "các" or a title's first word. `committeeOffice`
 * needs one of them followed by a space, so a text whose first word is none of them (the word alone: a mark written
 * against it makes a longer run) opens no office.
 */
const OFFICE_OPENERS: ReadonlySet<string> = new Set(['cac', ...foldedPhrases(OFFICES.titles).map((p) => p.split(' ')[0]!)]);

/** Whether an office may open with this word (folded, lower case, as `committeeOffice` reads it): false rules it out. */
export function mayOpenCommitteeOffice(foldedWord: string): boolean {
  return OFFICE_OPENERS.has(foldedWord);
}

/**
 * The body an office's name stands for: the office itself when it names its committee by kind alone ("Trưởng Ban
 * Chỉ đạo", "Ủy viên thường trực"), the committee when its head's title precedes its full name or when the head is
 * listed among the officials of a closing article ("Điều 4. Trưởng Ban Chỉ đạo ..., các Bộ trưởng, ... chịu trách
 * nhiệm thi hành Quyết định này./.": `closing`); null for any other name.
 */
export function officeBody(name: string, closing: boolean): { body: string; office: boolean } | null {
  const written = name.replace(/\s+/g, ' ').trim();
  const folded = foldForSearch(written);
  if (!committeeOffice(folded)) return null;
  const head = HEAD_TITLE.exec(folded);
  if (!head || !(closing || NAMED_AFTER.test(folded.slice(head[0].length)))) return { body: written, office: true };
  const n = head[0].trim().split(' ').length;
  return { body: written.split(' ').slice(n).join(' '), office: false };
}

/** Teams formed for one inspection ("Đoàn kiểm tra", "Đoàn thanh tra", "Tổ kiểm tra"), folded. */
const INSPECTION_TEAMS = foldedPhrases(words.inspectionTeams);

/** A team member's title before the team ("Trưởng Đoàn kiểm tra", "thành viên Đoàn kiểm tra"), folded. */
const TEAM_TITLE = new RegExp(`^(cac )?((${alternation(OFFICES.teamTitles)}) )?`);

/**
 * An inspection team or one of its members: "Trưởng Đoàn kiểm tra tổ chức cuộc họp ...", "Trưởng Đoàn, thành viên
 * Đoàn kiểm tra có trách nhiệm nghiên cứu thông tin ...". A team formed for one inspection carries out the procedure
 * a text sets; it is no standing body the text assigns (the gold's convention: an inspection procedure's steps are
 * rules, not assignments), unlike a steering committee's offices.
 */
export function inspectionTeam(name: string): boolean {
  const folded = foldForSearch(name);
  const rest = folded.replace(TEAM_TITLE, '');
  if (rest !== folded && rest === 'doan') return true;
  return INSPECTION_TEAMS.some((t) => rest === t || rest.startsWith(`${t} `));
}

/** Councils a procedure sets up, named by their kind or the act they are formed for ("Hội đồng thẩm định"), folded. */
const PROCEDURE_COUNCILS: ReadonlySet<string> = new Set(foldedPhrases(words.procedureCouncils));

/**
 * A council named only by its kind or by the act it is formed for, or one of its members: "Hội đồng thẩm định tổ
 * chức đánh giá hồ sơ", "Các thành viên Hội đồng tiến hành bỏ phiếu kín", "Hội đồng thống nhất phương thức làm việc".
 * Like an inspection team it carries out the procedure the text sets (rules for unnamed actors, which the gold does
 * not annotate); a council named in full is a body as any other.
 */
export function procedureCouncil(name: string): boolean {
  return PROCEDURE_COUNCILS.has(foldForSearch(name).replace(TEAM_TITLE, ''));
}

/** The findings without those of an inspection team, a procedure's council or their members. */
export function withoutInspectionTeams(findings: RoleFinding[]): RoleFinding[] {
  return findings.filter((f) => !procedureActor(f.actor.name));
}

/** An inspection team, a procedure's council or one of their members: asked of every finding, answered once per name. */
const procedureActor = memoize((name: string) => inspectionTeam(name) || procedureCouncil(name), 20_000);
