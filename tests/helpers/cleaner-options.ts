import type { CleanerOptions } from '../../utils/live/cleaner';
import { engineAtHand } from '../../utils/live/engine-loader';
import { pageEngine } from '../../utils/live/page-engine';

/** The engine at hand, as in Firefox (Chrome loads it when first needed). */
export const engine = engineAtHand(pageEngine);

/** Whole plans in one go with the engine at hand, so tests need not wait (slicing has its own test). */
export const SYNC = { slice: { first: Infinity, later: Infinity }, engine } satisfies CleanerOptions;
