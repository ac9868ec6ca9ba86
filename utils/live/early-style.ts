import { ASKED_ATTR, markedCss, OFF_ATTR } from '../engine/apply';
import { switchedOn } from '../engine/switches';
import type { EngineSettings } from '../engine/types';
import { splitSelectorList } from '../engine/selector-index';
import { EARLY_GENERIC_RULES } from '../rules/early-rules';
import { SITE_RULES } from '../rules/site-packs';
import { appliesTo, parseUrl } from '../rules/sites';

export const EARLY_STYLE_ID = 'sift-early-style';

/**
 * What an element hidden by a generic rule before the plan may not hold: the
 * article, the page's main content, its title (the guard's first concern).
 */
const HOLDS_ARTICLE = 'article, main, [role="main"], h1, [itemprop="articleBody"]';

/**
 * Before the page is parsed: one stylesheet that hides what the site's own
 * selector rules name (site packs and the user's rules for this site), and
 * the widgets of `EARLY_GENERIC_RULES` (consent managers' banners, web-push prompts, the Google sign-in prompt),
 * so they are never painted (but an overlay the user asked for: see
 * `AskedFor`). Other generic rules wait for the guarded plan,
 * whose marks the same stylesheet hides (`markedCss`: the rules switched on).
 * Called again (the content script once it starts, on every change of
 * settings, and after a plan when the page has removed it), it updates the
 * same stylesheet.
 */
export function hideEarly(doc: Document, url: string, settings: EngineSettings): void {
  const isOn = switchedOn(settings);
  const parsed = parseUrl(url);
  const selectors = [...(settings.userRules ?? []), ...SITE_RULES].flatMap((r) =>
    r.match.kind === 'selector' && r.sites.length > 0 && appliesTo(r.sites, parsed) && isOn(r) ? [r.match.selector] : [],
  );
  // One CSS rule per selector of the list, so the browser files each by its id or class and
  // tests it only on elements that have one (a list in `:is()` is tried on every element).
  const widgets = EARLY_GENERIC_RULES.flatMap((r) => (r.match.kind === 'selector' && isOn(r) ? splitSelectorList(r.match.selector) : []));
  const existing = doc.getElementById(EARLY_STYLE_ID);
  const css = [
    markedCss(settings),
    ...selectors.map((s) => `html:not([${OFF_ATTR}]) :is(${s}):not([${ASKED_ATTR}]) { display: none !important; }`),
    ...widgets.map((s) => `html:not([${OFF_ATTR}]) ${s}:not([${ASKED_ATTR}]):not(:has(${HOLDS_ARTICLE})) { display: none !important; }`),
  ].join('\n');
  if (existing?.textContent === css) return; // the same sheet: rewriting it would only make the page restyle
  const style = existing ?? doc.createElement('style');
  style.id = EARLY_STYLE_ID;
  style.textContent = css;
  if (!existing) (doc.head ?? doc.documentElement).appendChild(style);
}
