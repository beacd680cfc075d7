/** Text as shown to users: the source's own words, whitespace collapsed. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
