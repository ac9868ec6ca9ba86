/** What kind of clutter a rule hides; the popup groups findings by it. */
export const CATEGORIES = [
  'promo',
  'related',
  'app-prompt',
  'comments',
  'newsletter',
  'notifications',
  'surveys',
  'consent',
  'sticky',
  'sponsored',
  'social',
  'ai-widget',
  'ticker',
  'custom',
] as const;

export type Category = (typeof CATEGORIES)[number];

/**
 * How a rule finds its target.
 * - `selector`: every element matching a CSS selector.
 * - `heading`: a heading or short label whose whole text matches one of the
 *   patterns; the target is the block that the heading introduces (or the
 *   ancestor `up` levels above it).
 * - `links`: a compact block whose links point at one of the URL patterns
 *   (for example app-store badges). With `textPatterns`, a link with text of
 *   its own counts only when that text (or its `aria-label` or `title`)
 *   matches one of them: a badge says "App Store" or "Get the app", where an
 *   app's own name, linked from an article about it, says neither.
 * - `dialog`: a dialog (an open `<dialog>`, or role `dialog` or
 *   `alertdialog`) whose text says one of the patterns anywhere: a consent
 *   prompt that no heading names ("Before you continue") still speaks of
 *   cookies.
 * - `form`: the compact block around a form that has a field matching the
 *   selector `asks` and no field (input, text area, select, button) matching
 *   `refuses` (a sign-up box asks for an email address and for no password
 *   and no message), outside the article, on a page that has an article of
 *   its own: on a sign-up page or a password reset the form is what the page
 *   is for. Inside the article a sign-up box goes by its heading (a heading
 *   rule), as every insert does.
 * - `notice`: a notice that is no dialog, found by its button: the compact
 *   block (up to 1,000 characters, few links) around a button (a `button`, an
 *   input button, role `button`, or a link that goes nowhere: `#`,
 *   `javascript:`) whose whole label matches one of `buttons` (normalised as
 *   a heading is), when its text outside links says one of `textPatterns`
 *   anywhere, outside the article and outside dialogs (the dialog rules'): a
 *   cookie bar at the foot of the page with "I accept", where a footer's
 *   "Cookie policy" link beside a newsletter's "OK" says nothing.
 * - `teasers`: a rail of at least `min` teasers that no heading names: the
 *   largest block around linked headlines (headings whose text is a link's)
 *   that holds no running text and is mostly links, outside the article, on
 *   a page that has an article of its own and whose linked headlines hold at
 *   most three times its running text (on a front page, lead story or not,
 *   the teasers are what the page is for). A grid of three or more teaser
 *   cards, each a linked headline to a page of the site over a summary, is
 *   such a rail too, however long its summaries (see `teaser-cards.ts`); and
 *   a short story (200 characters of running text) counts as an article when
 *   the page says it is one (og:type, or an `article` element around its
 *   title and text).
 */
export type Matcher =
  | { kind: 'selector'; selector: string }
  | {
      kind: 'heading';
      patterns: readonly string[];
      /**
       * The block is the ancestor this many levels above the label (a rule
       * the element picker anchored on a heading's text); without it the
       * engine finds the block the heading introduces.
       */
      up?: number;
      /**
       * A styled label boxed with nothing but empty elements is hidden with its
       * box, inside the article too: an ad's "Advertisement" over the slot an
       * ad blocker left empty, between a story's paragraphs. Not for labels
       * that may be a control's ("Read more" over a collapsed story).
       */
      emptySlots?: boolean;
      /**
       * Patterns matched against a label with the site's name taken out: a
       * rail the site names for itself ("More Washington Examiner" → "more",
       * "Today on WebMD" → "today on"). The site's names are its
       * `og:site_name` and its host's labels (see utils/engine/site-names.ts).
       */
      siteNamed?: readonly string[];
    }
  | {
      kind: 'links';
      hrefPatterns: readonly string[];
      textPatterns?: readonly string[];
      /**
       * The link is a prompt's call to act: it may end a short line of its own
       * words ("Get the day's news every morning. Sign up for our newsletter."),
       * and in a menu or footer it is navigation, left alone ("Newsletters" among
       * a site's sections). Without it, a link stands alone or nearly (a badge,
       * a button), wherever it is.
       */
      prompt?: boolean;
      /**
       * The links stand in a bar of their kind: the block is the largest around
       * them that holds no other link and a label's words at most besides ("Share
       * this article"), never the byline or the teaser beside them.
       */
      bar?: boolean;
      /**
       * The most characters of its own, besides its links, that a badge's block
       * holds: a lead-in the link ends ("Where to stay in Óbidos: " + "check
       * prices on Booking.com") or a box's label ("Where to buy"). The block is
       * the largest around the link within it, never the review or list around
       * a shop's button; a longer line is a story's sentence about the product.
       */
      besides?: number;
    }
  | { kind: 'dialog'; textPatterns: readonly string[] }
  | { kind: 'form'; asks: string; refuses?: string }
  | { kind: 'notice'; buttons: readonly string[]; textPatterns: readonly string[] }
  | { kind: 'teasers'; min: number };

export interface Rule {
  /** Stable kebab-case id; settings refer to rules by it. */
  id: string;
  /** One sentence: what the rule hides. */
  description: string;
  category: Category;
  /**
   * Sites the rule applies to: hostnames (which also cover their subdomains)
   * or match patterns such as `*://*.example.com/news/*`. Empty: every site.
   */
  sites: readonly string[];
  match: Matcher;
  action: 'hide';
}
