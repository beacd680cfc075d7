/** Where the committed restoration model lives, and its version (bump it when the format or training changes). */
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export const MODEL_VERSION = 'syllables-v1';
export const MODEL_FILE = path.join(PROJECT_ROOT, 'src/restore/model/syllables.tsv.gz');
