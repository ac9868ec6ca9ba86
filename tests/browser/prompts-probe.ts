/**
 * Probes for `tests/fixtures/pages/prompts-added-later`, evaluated in the page
 * (as strings, so both browsers' drivers take them as they are).
 */

/** Whether every prompt the page adds a moment after loading is there. */
export const PROMPTS_ADDED = `['#onesignal-slidedown-container', '#credential_picker_container', '.QSIPopOverShadowBox', '.QSIPopOver', '.push-ask', '.reader-survey'].every((s) => document.querySelector(s) !== null)`;

/**
 * What the page's own styles made of each third-party prompt at the moment it
 * was added (noted by the page): 'none' when Sift's early stylesheet hid it
 * before it could be painted.
 */
export const DISPLAY_AT_INSERT = `['#onesignal-slidedown-container', '#credential_picker_container', '.QSIPopOverShadowBox', '.QSIPopOver'].map((s) => document.querySelector(s).dataset.displayAtInsert)`;
