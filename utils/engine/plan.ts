import { compileLinkPatterns } from '../rules/compile';
import { FIRST_WORDS } from '../rules/first-words.generated';
import { headingMatcher } from '../rules/heading-matcher';
import { rulesFor } from '../rules/registry';
import { appliesTo } from '../rules/sites';
import type { Rule } from '../rules/types';
import { BRIEF_TEXT, declaresArticle, findArticleSteps } from './article';
import { blockForLabel, compactBlock, indexHeadings, linkBar, teaserRail, type HeadingIndex } from './blocks';
import { cardGridOf, HEADLINE, siteOf } from './teaser-cards';
import { indexPageSteps, partsOf, WHOLE_QUERY_MAX, type PageIndex } from './page-index';
import { CHUNK, drain, type Steps } from './steps';
import { createGuard, type Guard } from './guard';
import { collectLabels, headingRank, type Label } from './labels';
import { findScrollLocks } from './scroll-lock';
import { siteNameReader, siteNames } from './site-names';
import { matchSelectorsSteps, querySelectorsSteps } from './selector-index';
import { switchedOn } from './switches';
import { selectorError } from '../rules/validate';
import { blockText, collapseSpace, normalizeLabel } from './text';
import type { EngineSettings, Finding, Plan, PlanOptions } from './types';

/** Everything rules share on one page, computed once, before the rules run. */
interface PageScan {
  doc: Document;
  guard: Guard;
  labels: Label[];
  headings: HeadingIndex;
  anchors: HTMLAnchorElement[];
  /** Each anchor's `href` as written, absolute when it starts with `//`; read once however many link rules ask. */
  hrefs(): string[];
  /** Open `<dialog>`s and elements of role `dialog` or `alertdialog`, in document order. */
  dialogs: Element[];
  /** A dialog's text with its blocks apart, read once however many dialog rules ask. */
  dialogText(dialog: Element): string;
  /** Buttons and short links that go nowhere (a notice's "Accept"; see `isButtonLike`), in document order. */
  buttons: Element[];
  /** A block's text with its blocks apart and its links left out, read once per block. */
  unlinkedText(block: Element): string;
  /** What a selector rule's selector finds, or a form rule's `asks`, in document order. */
  selected(rule: Rule): Element[];
  /** The page's host (see `siteOf`). */
  site: string | null;
  /** Whether the page says it is an article (see `declaresArticle`), read when a rule first asks. */
  declaresArticle(): boolean;
  /** A label with the page's site's name taken out, or null (see `withoutSiteName`); the names read when a rule first asks. */
  withoutSiteName(label: string): string | null;
}

const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);
const DIALOGS = '[role="dialog" i], [role="alertdialog" i], dialog';

/**
 * Looks at a document and says what to hide: page → plan. Pure: it never
 * mutates `doc` and uses no browser APIs, so it runs the same in the content
 * script, in tests and in the command line. Findings of switched-off rules
 * are listed with `active: false`, so a switch needs no new plan.
 */
export function plan(doc: Document, url: string, settings: EngineSettings = {}, options: PlanOptions = {}): Plan {
  return drain(planSteps(doc, url, settings, options));
}

/** `plan` as work that pauses between chunks (see Steps): the content script runs it in time slices. */
export function* planSteps(doc: Document, url: string, settings: EngineSettings = {}, options: PlanOptions = {}): Steps<Plan> {
  // One index of the page serves every pass (see PageIndex).
  const scope = options.root ?? doc.body;
  const phase = options.onPhase ?? (() => {});
  const native = options.selectors === 'native';
  const index = yield* indexPageSteps(scope, { textQuery: native });
  phase('index');
  const site = siteOf(url);
  const article = yield* findArticleSteps(doc, index, scope, native && index.elements.length <= WHOLE_QUERY_MAX, site);
  const guard = createGuard(doc, article, index);
  phase('article');
  const { elements } = index;
  const errors: string[] = [];
  const userRules = new Set<Rule>(options.onlyRules ?? settings.userRules ?? []);
  const candidates = options.onlyRules ? options.onlyRules.filter((r) => appliesTo(r.sites, url)) : rulesFor(url, settings.userRules);
  const rules = candidates.filter((rule) => {
    // Built-in selectors are checked by the test suite; only the user's own can be invalid.
    if (!userRules.has(rule)) return true;
    const { match } = rule;
    const selectors = match.kind === 'selector' ? [match.selector] : match.kind === 'form' ? [match.asks, ...(match.refuses === undefined ? [] : [match.refuses])] : [];
    for (const selector of selectors) {
      const problem = selectorError(selector, doc);
      if (problem) {
        errors.push(`Rule "${rule.id}" could not run: invalid selector "${selector}": ${problem}`);
        return false;
      }
    }
    return true;
  });
  const needs = (kind: Rule['match']['kind']) => rules.some((r) => r.match.kind === kind);
  // What each rule queries: a selector rule's elements, a form rule's asked fields (in the same pass, not form by form).
  const selectorQueries = new Map(
    rules.flatMap((r) => (r.match.kind === 'selector' ? [[r, { selector: r.match.selector }] as const] : r.match.kind === 'form' ? [[r, { selector: r.match.asks }] as const] : [])),
  );
  const labels = needs('heading') ? yield* collectLabels(index) : [];
  const wantHeadings = needs('teasers') || rules.some((r) => r.match.kind === 'heading' && r.match.up === undefined);
  const headings = wantHeadings ? yield* indexHeadings(index) : { elements: [], positions: [], ranks: [], teasers: [] };
  phase('labels');
  // The links and the dialogs the rules read, in one pass over the index (both are wanted on nearly every page).
  const anchors: HTMLAnchorElement[] = [];
  const dialogs: Element[] = [];
  const buttons: Element[] = [];
  const wantLinks = needs('links');
  const wantDialogs = needs('dialog');
  const wantButtons = needs('notice');
  if (wantLinks || wantDialogs || wantButtons) {
    for (let i = 0; i < elements.length; i++) {
      if (i % CHUNK === CHUNK - 1) yield;
      const tag = index.tags[i];
      if (wantLinks && tag === 'A' && elements[i].hasAttribute('href')) anchors.push(elements[i] as HTMLAnchorElement);
      if (wantDialogs && (DIALOG_ROLES.has(index.roles[i] ?? '') || (tag === 'DIALOG' && elements[i].hasAttribute('open')))) dialogs.push(elements[i]);
      if (wantButtons && isButtonLike(index, i)) buttons.push(elements[i]);
    }
  }
  const queries = [...selectorQueries.values()];
  let selected = new Map<{ selector: string }, Element[]>();
  if (scope && queries.length) {
    if (native) {
      // A huge page is queried part by part: one query over all of it would be one long task.
      selected = yield* querySelectorsSteps(scope, queries, elements.length > WHOLE_QUERY_MAX ? partsOf(index, CHUNK) : null);
    } else selected = yield* matchSelectorsSteps(scope, elements, queries, index.position, index.tags, index.attributeNames);
  }
  phase('selectors');
  let withoutName: ((label: string) => string | null) | undefined;
  let hrefs: string[] | undefined;
  let declared: boolean | undefined;
  const scan: PageScan = {
    doc,
    guard,
    labels,
    headings,
    anchors,
    // The raw attribute: store links are absolute; resolving every href is slow in jsdom.
    hrefs: () =>
      (hrefs ??= anchors.map((a) => linkTarget(a.getAttribute('href') ?? ''))),
    dialogs,
    dialogText: remembered((el) => collapseSpace(blockText(el))),
    buttons,
    unlinkedText: remembered((el) => collapseSpace(blockText(el, (e) => e.tagName.toUpperCase() === 'A'))),
    selected: (rule) => selected.get(selectorQueries.get(rule)!) ?? [],
    withoutSiteName: (label) => (withoutName ??= siteNameReader(siteNames(doc, url)))(label),
    site,
    declaresArticle: () => (declared ??= declaresArticle(doc, article)),
  };
  const isOn = switchedOn(settings);
  const findings: Finding[] = [];
  for (const rule of rules) {
    yield;
    const active = isOn(rule);
    try {
      for (const { element, reason } of yield* matchRule(rule, scan, userRules.has(rule))) {
        findings.push({ element, ruleId: rule.id, category: rule.category, reason, active });
      }
    } catch (error) {
      errors.push(`Rule "${rule.id}" could not run: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const kept = dedupe(findings, index.position);
  phase('rules');
  yield;
  const shadowRoots = [...index.shadowRoots];
  if (options.root) return { findings: kept, scrollLocks: [], errors, shadowRoots };
  // In a browser findScrollLocks queries the modals itself (one native query); in jsdom that
  // query walks the whole tree, so the index lists them.
  const modals =
    native ? undefined : elements.filter((el, i) => index.attributeNames(i).includes('aria-modal') && el.getAttribute('aria-modal') === 'true');
  const scrollLocks = findScrollLocks(doc, kept.filter((f) => f.active), options.computedStyles ?? true, modals);
  phase('scroll-locks');
  return { findings: kept, scrollLocks, errors, shadowRoots };
}

interface Match {
  element: Element;
  reason: string;
}

/**
 * A user's own rule is what the user chose to hide: only the article's root,
 * its ancestors, its title and the page's body stay out of reach. Built-in
 * rules go through the whole guard.
 */
function allowed(el: Element, guard: Guard, byUser: boolean): boolean {
  return byUser ? !guard.isBlocked(el) : guard.canHide(el);
}

/**
 * The running text a page's article must have before a form or a rail of
 * teasers on it is taken for something beside the article: on a sign-up page
 * the form, on a section front the teasers, is what the page is for.
 */
const ARTICLE_PAGE_PROSE = 500;

/** The link text a sign-up box may hold (a privacy notice, a "see all newsletters"): more is a menu beside it. */
const FORM_BOX_LINK_TEXT = 60;

/**
 * How many times the article's running text the page's linked headlines may
 * hold before the page is taken for a front (a lead story and its teasers):
 * up to 1.7 on the corpus's article pages (Yahoo's, with its stream), 5 to 20
 * on a news front.
 */
const FRONT_PAGE_HEADLINES = 3;

/** How far a notice's block may grow around its button: a cookie notice's text and a link or two, not a footer's menu. */
const NOTICE_LIMITS = { text: 1000, linkText: 120, prose: 1000 };
/** The longest label a notice's button has ("Accept all cookies and continue"). */
const BUTTON_LABEL = 40;

/**
 * A button, an element of role button, a button-like input, or a short link
 * that goes nowhere (`#`, `javascript:`, none): many notices' "Accept" is a
 * link its script answers. A link to a page is navigation, whatever it says.
 */
function isButtonLike(index: PageIndex, i: number): boolean {
  const tag = index.tags[i];
  const length = index.textLengths[i];
  if (length > BUTTON_LABEL) return false;
  if (tag === 'BUTTON' || index.roles[i] === 'button') return true;
  if (tag === 'INPUT') return /^(button|submit)$/i.test(index.elements[i].getAttribute('type') ?? '');
  if (tag !== 'A' || length === 0) return false;
  const href = index.elements[i].getAttribute('href')?.trim() ?? '';
  return href === '' || href.startsWith('#') || /^javascript:/i.test(href);
}

/** The characters a close button shows instead of a word. */
const CLOSE_MARKS = new Set(['×', '✕', '✖', '╳', '⨯']);

/** What a button says: its text, an input's value, else its `aria-label` or `title` (an icon's button); a close mark says "close". */
function buttonLabel(el: Element): string {
  const text = el.tagName.toUpperCase() === 'INPUT' ? (el.getAttribute('value') ?? '') : (el.textContent ?? '');
  const label = normalizeLabel(text) || normalizeLabel(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '');
  return label || (CLOSE_MARKS.has(text.trim()) ? 'close' : '');
}

/** The form a field is in, or null. */
function formOf(field: Element): Element | null {
  for (let el: Element | null = field.parentElement; el; el = el.parentElement) if (el.tagName.toUpperCase() === 'FORM') return el;
  return null;
}

const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON']);

/** Whether one of the form's fields (its inputs, text areas, selects and buttons) matches `selector`. */
function hasField(form: Element, selector: string, index: PageIndex): boolean {
  const { elements, tags } = index;
  const at = index.indexOf(form);
  const last = at + index.end(form) - index.position(form);
  for (let i = at + 1; i <= last; i++) if (FIELD_TAGS.has(tags[i]) && elements[i].matches(selector)) return true;
  return false;
}

/** A form field as the reason names it: its type, or its name. */
function fieldName(field: Element): string {
  const type = field.getAttribute('type');
  if (!type || type === 'text') return clip(`"${field.getAttribute('name') ?? field.tagName.toLowerCase()}"`, 40);
  return clip(`${/^[aeiou]/i.test(type) ? 'an' : 'a'} ${type} field`, 40);
}

/** Labels, links or found elements a rule looks at between two pauses (a huge page has thousands). */
const RULE_CHUNK = 256;

function* matchRule(rule: Rule, scan: PageScan, byUser: boolean): Steps<Match[]> {
  const { match } = rule;
  if (!scan.doc.body) return [];
  let seen = 0;
  switch (match.kind) {
    case 'selector': {
      const out: Match[] = [];
      for (const el of scan.selected(rule)) {
        if (++seen % RULE_CHUNK === 0) yield;
        if (allowed(el, scan.guard, byUser)) out.push({ element: el, reason: `matches ${match.selector.length > 60 ? 'a site selector' : `"${match.selector}"`}` });
      }
      return out;
    }
    case 'heading': {
      // Built-in patterns: by their first words, generated ahead of time (see heading-matcher.ts).
      const pattern = headingMatcher(match.patterns, { caseInsensitive: byUser, firstWords: byUser ? undefined : FIRST_WORDS[rule.id] });
      const siteNamed = match.siteNamed ? headingMatcher(match.siteNamed, { caseInsensitive: byUser }) : null;
      const out: Match[] = [];
      const matched: Label[] = [];
      for (const label of scan.labels) {
        if (++seen % RULE_CHUNK === 0) yield;
        if (pattern.test(label.text) || (label.bare !== undefined && pattern.test(label.bare))) matched.push(label);
        else if (siteNamed) {
          const rest = scan.withoutSiteName(label.text);
          if (rest !== null && siteNamed.test(rest)) matched.push(label);
        }
      }
      // Headings the rule names alike head one section together ("2 comments" over "Leave a reply").
      const allies = new Set(matched.map((label) => label.element));
      for (const label of matched) {
        if (++seen % RULE_CHUNK === 0) yield;
        const reason = `heading "${clip(label.display)}"`;
        if (match.up !== undefined) {
          // Anchored on a real heading's text (the element picker's fallback), not on look-alike labels.
          if (headingRank(label.element) === null) continue;
          const element = ancestorAt(label.element, match.up);
          if (element && allowed(element, scan.guard, byUser)) out.push({ element, reason });
          continue;
        }
        for (const element of blockForLabel(label, scan.guard, scan.headings, allies, match.emptySlots === true)) out.push({ element, reason });
      }
      return out;
    }
    case 'links': {
      const pattern = compileLinkPatterns(match.hrefPatterns);
      const says = match.textPatterns ? compileLinkPatterns(match.textPatterns, 'iu') : null;
      const prompt = match.prompt === true;
      const out: Match[] = [];
      const hrefs = scan.hrefs();
      for (const [i, a] of scan.anchors.entries()) {
        if (++seen % RULE_CHUNK === 0) yield;
        const href = hrefs[i];
        if (!pattern.test(href)) continue;
        if (match.bar && out.some((m) => m.element.contains(a))) continue; // a bar found from one of its other links
        if ((prompt && scan.guard.index.inNavigation(a)) || !isBadge(a, says, prompt, match.besides ?? 0)) continue;
        if (match.bar) {
          const goes = (raw: string) => pattern.test(linkTarget(raw));
          const bar = linkBar(a, scan.guard, goes);
          // Named by its first such link, whichever of its links found it (a copy's plan and the page's agree).
          const first = bar && (bar.tagName.toUpperCase() === 'A' ? bar : Array.from(bar.getElementsByTagName('a')).find((link) => goes(link.getAttribute('href') ?? '')));
          if (bar) out.push({ element: bar, reason: `links to ${hostOf(first?.getAttribute('href') ?? href)}` });
          continue;
        }
        // A prompt's box holds its call and a few words (a heading, a line), not a menu's links.
        const element = compactBlock(a, scan.guard, prompt ? PROMPT_BOX : match.besides !== undefined ? { ownText: match.besides } : undefined);
        if (element && (!prompt || scan.guard.index.text(element) - scan.guard.index.linkText(element) >= PROMPT_WORDS)) out.push({ element, reason: `links to ${hostOf(href)}` });
      }
      return out;
    }
    case 'dialog': {
      const says = compileLinkPatterns(match.textPatterns, 'iu');
      const out: Match[] = [];
      for (const el of scan.dialogs) {
        if (++seen % RULE_CHUNK === 0) yield;
        // Blocks apart ("Never miss a story" + "Get notified"): `textContent` glues their words.
        const said = says.exec(scan.dialogText(el));
        if (said && allowed(el, scan.guard, byUser)) out.push({ element: el, reason: `dialog saying "${clip(said[0], 40)}"` });
      }
      return out;
    }
    case 'form': {
      // A form on a page with no article of its own is what the page is for (a sign-up page, a password reset).
      if (scan.guard.articleProse < ARTICLE_PAGE_PROSE) return [];
      const done = new Set<Element>();
      const out: Match[] = [];
      for (const field of scan.selected(rule)) {
        if (++seen % RULE_CHUNK === 0) yield;
        const form = formOf(field);
        if (!form || done.has(form)) continue;
        done.add(form);
        // Inside the article a box goes by its heading (the newsletter rule): its words may be the story's.
        if (scan.guard.insideArticle(form) || (match.refuses && hasField(form, match.refuses, scan.guard.index))) continue;
        const element = compactBlock(form, scan.guard, { linkText: FORM_BOX_LINK_TEXT });
        if (element) out.push({ element, reason: `form asking for ${fieldName(field)}` });
      }
      return out;
    }
    case 'teasers': {
      // On a page with no article of its own (a section front) the teasers are what the page is for; a
      // short story (a brief) is an article all the same when the page says it is one.
      const { guard, headings } = scan;
      const brief = guard.articleProse >= BRIEF_TEXT && scan.declaresArticle();
      if (guard.articleProse < ARTICLE_PAGE_PROSE && !brief) return [];
      // The linked headlines outside the article, in document order; a menu's linked headings are navigation, however they are laid out.
      const headlines: number[] = [];
      let headlineText = 0;
      for (let h = 0; h < headings.elements.length; h++) {
        if (++seen % RULE_CHUNK === 0) yield;
        const title = headings.elements[h];
        const text = guard.index.text(title);
        if (!headings.teasers[h] || text < HEADLINE || guard.index.inNavigation(title) || guard.insideArticle(title)) continue;
        headlines.push(h);
        headlineText += text;
      }
      // Headlines that outweigh the story many times over: a front page with a lead story, whose teasers are the page.
      if (headlineText > guard.articleProse * FRONT_PAGE_HEADLINES) return [];
      // Where the last rail looked at ends: titles come in document order, so one inside a rail looked at is inside that one.
      let railEnd = -1;
      const out: Match[] = [];
      const grids = new Map<Element, boolean>();
      for (const h of headlines) {
        if (headings.positions[h] <= railEnd) continue;
        if (++seen % RULE_CHUNK === 0) yield;
        const title = headings.elements[h];
        const found = teaserRail(title, guard, headings);
        if (found) {
          railEnd = guard.index.end(found.rail);
          if (found.teasers >= match.min && allowed(found.rail, guard, byUser)) out.push({ element: found.rail, reason: `${found.teasers} linked headlines` });
          continue;
        }
        // Cards with summaries, which are running text to the rail's test: a grid of them is a rail all the same. Its
        // summaries may outweigh a short story, so the guard's running-text limit is not asked; the article's own
        // elements and their ancestors stay out of reach.
        const cards = cardGridOf(title, guard.index, scan.site, grids);
        if (!cards || guard.isBlocked(cards.grid) || guard.insideArticle(cards.grid)) continue;
        railEnd = guard.index.end(cards.grid);
        out.push({ element: cards.grid, reason: `${cards.cards} teaser cards` });
      }
      return out;
    }
    case 'notice': {
      const labelled = headingMatcher(match.buttons);
      const says = compileLinkPatterns(match.textPatterns, 'iu');
      const done = new Set<Element>();
      const out: Match[] = [];
      for (const button of scan.buttons) {
        if (++seen % RULE_CHUNK === 0) yield;
        if (!labelled.test(buttonLabel(button)) || scan.guard.insideArticle(button)) continue;
        // A dialog's button: the dialog rules' (the dialog is the notice, its backdrop theirs to release).
        if (button.closest(DIALOGS)) continue;
        const element = compactBlock(button, scan.guard, NOTICE_LIMITS);
        if (!element || done.has(element)) continue;
        done.add(element);
        // Its own words, not a link's: a footer's "Cookie policy" beside a sign-up's "OK" is no notice.
        const said = says.exec(scan.unlinkedText(element));
        if (said) out.push({ element, reason: `notice saying "${clip(said[0], 40)}"` });
      }
      return out;
    }
  }
}

/**
 * One finding per element, in document order; a finding inside another is
 * dropped unless the outer one is switched off and the inner one is not.
 */
function dedupe(findings: Finding[], position: (el: Element) => number): Finding[] {
  const seen = new Set<Element>();
  const unique = findings.filter((f) => (seen.has(f.element) ? false : (seen.add(f.element), true)));
  // Document order from the page index: O(1) per comparison (compareDocumentPosition walks the tree).
  try {
    const at = new Map(unique.map((f) => [f.element, position(f.element)]));
    unique.sort((a, b) => at.get(a.element)! - at.get(b.element)!);
  } catch {
    unique.sort((a, b) => (a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
  }
  const kept: Finding[] = [];
  const open: Finding[] = [];
  for (const f of unique) {
    while (open.length && !open[open.length - 1].element.contains(f.element)) open.pop();
    if (open.some((o) => o.active || !f.active)) continue;
    kept.push(f);
    open.push(f);
  }
  return kept;
}

/**
 * A store badge or button, not a link in running text ("version 5.3 is out
 * on the App Store" links there too): an image or a short caption, outside any
 * sentence.
 */
function isBadge(a: Element, says: RegExp | null, prompt: boolean, besides: number): boolean {
  const text = collapseSpace(a.textContent ?? '');
  const own = text.length;
  if (own > (prompt ? PROMPT_CALL : 40) && !a.querySelector('img, svg, picture')) return false;
  // A link with words of its own must say what a badge says (see `Matcher`); a prompt's, even an image's.
  if (says && (own > 0 || prompt) && !says.test(`${text} ${a.getAttribute('aria-label') ?? ''} ${a.getAttribute('title') ?? ''}`)) return false;
  const container = a.parentElement?.closest('p, li, td, blockquote, dd');
  if (!container) return true;
  const line = collapseSpace(container.textContent ?? '');
  if (line.length - own < 20) return true;
  // A button's lead-in, which the link ends: "Where to stay in Óbidos: check prices on Booking.com".
  if (besides > 0 && line.length - own <= besides && endsWithLink(container, a)) return true;
  // A prompt's line of its own words before the link, which ends it: "… Sign up for our newsletter."
  return prompt && line.length <= PROMPT_LINE && endsWithLink(container, a);
}

/** The longest line a link rule's `prompt` link may end. */
const PROMPT_LINE = 250;
/** The longest call a prompt's link says ("Get the Harbour Times' weekly food newsletter."); a badge's says 40 characters at most. */
const PROMPT_CALL = 80;
/** A prompt's box: its call the only link in it (a logo's or a menu's beside it makes it a header). */
const PROMPT_BOX = { links: 1 };
/** The least text of a prompt's own besides its links ("Weekly Dispatch", "Get our newsletter"). */
const PROMPT_WORDS = 12;

/** Whether nothing but punctuation follows `a` in its line. */
function endsWithLink(line: Element, a: Element): boolean {
  let after = '';
  for (let node: Node | null = a; node && node !== line; node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) after += next.textContent ?? '';
  }
  return !/[\p{L}\p{N}]/u.test(after);
}

function ancestorAt(el: Element, levels: number): Element | null {
  let node: Element | null = el;
  for (let i = 0; i < levels && node; i++) node = node.parentElement;
  return node;
}

/** `read` asked once per element: later asks get the first answer. */
function remembered<T>(read: (el: Element) => T): (el: Element) => T {
  const known = new Map<Element, T>();
  return (el) => {
    if (!known.has(el)) known.set(el, read(el));
    return known.get(el)!;
  };
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A link's `href` as written, made absolute when it starts with `//` (resolving every href is slow in jsdom). */
function linkTarget(raw: string): string {
  return raw.startsWith('//') ? `https:${raw}` : raw;
}

function hostOf(href: string): string {
  try {
    const url = new URL(href);
    return url.hostname || url.protocol.replace(/:$/, ''); // "mailto"
  } catch {
    return href.slice(0, 40);
  }
}
