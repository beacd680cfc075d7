import data from './data/pointLetters.json' with { type: 'json' };

/** The letters documents number their points with, in order ("a)", "b)", ..., "đ)" after "d)"). */
export const POINT_LETTERS: readonly string[] = [...data.letters];
