import type { Rule } from '../types';

const sites = ['lemonde.fr'];

/** Le Monde: in-body "Lire aussi" links, the services carousel and reactions. */
export const LEMONDE_RULES: readonly Rule[] = [
  {
    id: 'lemonde-lire-aussi',
    description: 'Hides the "Lire aussi" links placed between paragraphs of Le Monde articles.',
    category: 'related',
    sites,
    match: { kind: 'selector', selector: '.article__paragraph--lf, .catcher' },
    action: 'hide',
  },
  {
    id: 'lemonde-services',
    description: 'Hides the services carousel and the reader-reactions block of Le Monde articles.',
    category: 'promo',
    sites,
    match: { kind: 'selector', selector: '.services-carousel, .article__reactions, #js-capping' },
    action: 'hide',
  },
];
