/**
 * What a file is, from its bytes: the one detection both `readSource` (src/formats: which reader a file goes to)
 * and the text decoder (what it refuses, and the advice it gives) use, over the one table data/fileFormats.json,
 * so that what the product reads and what it tells a user to do with a file cannot drift apart.
 */
import data from './data/fileFormats.json';
import { latin1, startsWith } from './counts';

/** The readers `readSource` has for files that are not text. */
export const FILE_READERS = ['pdf', 'docx', 'image'] as const;
export type FileReader = (typeof FILE_READERS)[number];

/** The text decoder's refusal of these bytes as a would-be plain-text file. */
export interface FormatVerdict {
  code: 'BINARY' | 'UNSUPPORTED_FORMAT';
  what: string;
  /** What to do to get a text we can read. */
  advice: string;
}

export interface FileFormat {
  /** How messages name it: "a PNG image", "a Word document (.docx)". */
  what: string;
  /** The reader `readSource` sends it to; null for a format the product does not read. */
  reads: FileReader | null;
  /** The decoder's refusal, when these bytes are handed to it as text. */
  asText: FormatVerdict;
  /** Why a file of a format we read is damaged and what to do, or null when it is whole. */
  damaged: string | null;
}

interface TableFormat {
  what: string;
  reads: FileReader | null;
  extensions: string[];
  code: FormatVerdict['code'];
  advice: string;
  /** Any of these byte sequences at the start. */
  magic: number[][];
  /** A second signature further in (WebP is a RIFF file with "WEBP" at byte 8). */
  also?: { at: number; magic: number[] };
  /** A ZIP container: the member names tell which format it is. */
  zip: boolean;
}

interface ZipMember {
  member: string;
  what: string;
  reads: FileReader | null;
  extensions: string[];
  advice: string;
  /** The member without which a file of this format is damaged, and what to do then. */
  requires?: { member: string; advice: string };
  /** A member every file of the container's family has ("[Content_Types].xml" of Office Open XML), or null. */
  container: string | null;
}

const ADVICE: Record<string, string> = data.advice;

function advice(key: string): string {
  const text = ADVICE[key];
  if (text === undefined) throw new Error(`fileFormats.json: advice "${key}" is not defined under "advice"; add it there.`);
  return text;
}

function reader(what: string, reads: string | undefined): FileReader | null {
  if (reads === undefined) return null;
  if (!(FILE_READERS as readonly string[]).includes(reads)) {
    throw new Error(`fileFormats.json: "${what}" reads "${reads}"; use one of ${FILE_READERS.join(', ')}, or leave "reads" out to refuse it.`);
  }
  return reads as FileReader;
}

function hexBytes(hex: string): number[] {
  return hex.split(' ').map((h) => parseInt(h, 16));
}

const FORMATS: readonly TableFormat[] = data.formats.map((f) => {
  if (f.code !== 'BINARY' && f.code !== 'UNSUPPORTED_FORMAT') {
    throw new Error(`fileFormats.json: "${f.what}" has code ${f.code}; use BINARY or UNSUPPORTED_FORMAT.`);
  }
  return {
    what: f.what,
    reads: reader(f.what, 'reads' in f ? f.reads : undefined),
    extensions: 'extensions' in f && f.extensions ? f.extensions : [],
    code: f.code,
    advice: advice(f.advice),
    magic: f.magic.map(hexBytes),
    also: 'also' in f && f.also ? { at: f.also.at, magic: hexBytes(f.also.magic) } : undefined,
    zip: 'zip' in f && f.zip === true,
  };
});

const ZIP_MEMBERS: readonly ZipMember[] = data.zipMembers.map((m) => ({
  member: m.member,
  what: m.what,
  reads: reader(m.what, 'reads' in m ? m.reads : undefined),
  extensions: 'extensions' in m && m.extensions ? m.extensions : [],
  advice: advice(m.advice),
  requires: 'requires' in m && m.requires ? { member: m.requires, advice: advice(m.damagedAdvice) } : undefined,
  container: 'container' in m && m.container ? m.container : null,
}));

/** File name extensions of the formats `readSource` reads from their bytes (".pdf", ".docx", ".png"...). */
export const READABLE_EXTENSIONS: readonly string[] = [...FORMATS, ...ZIP_MEMBERS].flatMap((f) => (f.reads ? f.extensions : []));

/** How far from each end of a ZIP member names are looked for: local headers at the start, the directory at the end. */
const ZIP_NAME_WINDOW = 64 * 1024;

function zipNames(bytes: Uint8Array): string {
  if (bytes.length <= 2 * ZIP_NAME_WINDOW) return latin1(bytes);
  return `${latin1(bytes.subarray(0, ZIP_NAME_WINDOW))}\n${latin1(bytes.subarray(bytes.length - ZIP_NAME_WINDOW))}`;
}

/** The format of a file from its magic numbers (and, for a ZIP, its member names); null for anything else. */
export function identifyFormat(bytes: Uint8Array): FileFormat | null {
  for (const format of FORMATS) {
    if (!format.magic.some((magic) => startsWith(bytes, magic))) continue;
    if (format.also && !startsWith(bytes.subarray(format.also.at), format.also.magic)) continue;
    const member = format.zip ? zipMember(bytes, format.code) : null;
    if (member) return member;
    return { what: format.what, reads: format.reads, asText: { code: format.code, what: format.what, advice: format.advice }, damaged: null };
  }
  return null;
}

function zipMember(bytes: Uint8Array, code: FormatVerdict['code']): FileFormat | null {
  const names = zipNames(bytes);
  // A plain ZIP of a folder named "word/" is no Word document: Office files also carry their family's own part.
  const member = ZIP_MEMBERS.find((m) => names.includes(m.member) && (m.container === null || names.includes(m.container)));
  if (!member) return null;
  const missing = member.requires && !names.includes(member.requires.member) ? member.requires : null;
  return {
    what: member.what,
    reads: member.reads,
    asText: { code, what: member.what, advice: member.advice },
    damaged: missing ? `it has a ${member.member} folder but no ${missing.member}, the part that holds its text; ${missing.advice}` : null,
  };
}
