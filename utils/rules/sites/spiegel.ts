import type { Rule } from '../types';

const sites = ['spiegel.de'];

/** DER SPIEGEL: "Mehr zum Thema" teasers and the paywall offer boxes. */
export const SPIEGEL_RULES: readonly Rule[] = [
  {
    id: 'spiegel-related',
    description: 'Hides the "Mehr zum Thema" and related-article teaser lists of SPIEGEL articles.',
    category: 'related',
    sites,
    match: { kind: 'selector', selector: '[data-area="related_articles"], [data-area="article-teaser-list"], [data-area="mehr-zum-thema"]' },
    action: 'hide',
  },
  {
    id: 'spiegel-offer',
    description: 'Hides the SPIEGEL+ subscription offer boxes.',
    category: 'promo',
    sites,
    match: { kind: 'selector', selector: '[data-area="paywall"], [data-area="offer"]' },
    action: 'hide',
  },
];
