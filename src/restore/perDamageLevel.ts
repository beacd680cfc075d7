/**
 * Answers kept per model and damage level. A damage level is estimated once per document (or text) and asked
 * about for each of its syllables; keyed weakly by the level, a table goes when its document does, instead of
 * living in one bounded memo whose keys spell out the level's doubles on every lookup.
 */
import type { DamageLevel } from './channel';
import type { SyllableModel } from './languageModel';

export function perDamageLevel<T>(compute: (key: string, model: SyllableModel, damage: DamageLevel) => T): (key: string, model: SyllableModel, damage: DamageLevel) => T {
  const byModel = new WeakMap<SyllableModel, WeakMap<DamageLevel, Map<string, T>>>();
  return (key, model, damage) => {
    let byDamage = byModel.get(model);
    if (!byDamage) byModel.set(model, (byDamage = new WeakMap()));
    let known = byDamage.get(damage);
    if (!known) byDamage.set(damage, (known = new Map()));
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key, model, damage);
      known.set(key, value);
    }
    return value;
  };
}
