import type { Rule } from './types';
import { BBC_RULES } from './sites/bbc';
import { LEMONDE_RULES } from './sites/lemonde';
import { NYTIMES_RULES } from './sites/nytimes';
import { SPIEGEL_RULES } from './sites/spiegel';
import { THEGUARDIAN_RULES } from './sites/theguardian';

/** Site packs, one file per site under `sites/` (apart from the generic pack, so the early script loads only these). */
export const SITE_RULES: readonly Rule[] = [
  ...THEGUARDIAN_RULES,
  ...BBC_RULES,
  ...NYTIMES_RULES,
  ...SPIEGEL_RULES,
  ...LEMONDE_RULES,
];
