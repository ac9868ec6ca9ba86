import { plan, planSteps } from '../engine/plan';
import { ElementPicker } from '../picker/picker';
import { summarize } from './summary';

/**
 * What the content script needs of the engine only at times: planning a page
 * in place (Firefox; in Chrome when no copy can be planned in the planner),
 * the element picker and its preview, a rule's test, and the popup's list of
 * what was hidden. Most of the engine's code is here (its rules, phrase
 * tables and heuristics), so in Chrome it is a module of its own
 * (entrypoints/page-engine.ts), loaded the first time one of these is needed:
 * a page planned as a copy never compiles it (see `engineOnDemand`).
 */
export const pageEngine = { plan, planSteps, summarize, ElementPicker };

export type PageEngine = typeof pageEngine;
