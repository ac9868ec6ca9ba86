import type { Rule } from '../types';

const sites = ['nytimes.com'];

/** The New York Times: in-story recirculation, the below-article region and the dock. */
export const NYTIMES_RULES: readonly Rule[] = [
  {
    id: 'nytimes-recirculation',
    description: 'Hides "Related coverage" and "More in" modules of New York Times stories.',
    category: 'related',
    sites,
    match: { kind: 'selector', selector: '[data-testid="related-links"], #NYT_BELOW_MAIN_CONTENT_REGION, [data-testid="recirc"]' },
    action: 'hide',
  },
  {
    id: 'nytimes-dock',
    description: 'Hides the subscription dock and inline messages on New York Times stories.',
    category: 'promo',
    sites,
    match: { kind: 'selector', selector: '[data-testid="expanded-dock"], [data-testid="inline-message"], #gateway-content' },
    action: 'hide',
  },
];
