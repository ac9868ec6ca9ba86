import { describe, expect, it } from 'vitest';
import { compileHeadingPatterns } from '../../utils/rules/compile';
import * as PHRASES from '../../utils/rules/phrases';
import { BUILTIN_RULES } from '../../utils/rules/registry';
import { normalizeLabel } from '../../utils/engine/text';

/** Positive and negative labels per phrase list, in several languages. */
const TABLE: Record<string, { yes: string[]; no: string[] }> = {
  RELATED_HEADING: {
    yes: ['Related Articles', 'Related', 'More on this story', 'More from The Guardian', 'You may also like', 'Read also:', 'Read next →', 'Most read', 'Recommended for you based on your reading', 'Next article', 'Ähnliche Artikel', 'Mehr zum Thema', 'Lesen Sie auch', 'Das könnte Sie auch interessieren', 'À lire aussi', 'Sur le même sujet', 'Les plus lus', 'Artículos relacionados', 'Te puede interesar', 'Lo más leído', 'Leggi anche', 'Leia também'],
    no: ['Related: the authority’s survey found that appliances are discarded', 'How we reported this story', 'Drought reveals drowned village', 'Readers respond to the plan', 'Morenews'],
  },
  APP_PROMPT: {
    yes: ['Download the app', 'DOWNLOAD THE APP', 'Get Started Now: Download the App', 'Get the Northfield Courier app', 'Install our app for faster reading', 'Open in the app', 'Jetzt die App laden', 'Téléchargez l’application', 'Descarga la app'],
    no: ['The app that raised parking fees', 'Apple unveils a new iPhone', 'Application deadline extended'],
  },
  NEWSLETTER: {
    yes: ['Sign up for our newsletter: Down to Earth', 'Get the Morning Wire in your inbox', 'Newsletter', 'Subscribe to our weekly newsletter', 'Newsletter abonnieren', 'Inscrivez-vous à notre newsletter', 'Suscríbete a nuestro boletín'],
    no: ['Subscribe', 'The inbox of a city clerk', 'Newsletters from the 1920s show a different town'],
  },
  COMMENTS: {
    yes: ['Comments', 'Comments (12)', '3 comments', 'Leave a comment', 'No comments yet...', 'Join the conversation', 'Kommentare', 'Commentaires', 'Comentarios'],
    no: ['Comment is free but facts are sacred', 'Commenting on the verdict, the judge said', 'No comment from the ministry'],
  },
  AI_WIDGET: {
    yes: ['Try Our AI Features', 'Ask AI', 'AI summary', 'KI-Zusammenfassung', 'Résumé par IA', 'Resumen con IA'],
    no: ['AI is changing classrooms', 'Try our new crossword', 'Aid agencies warn of famine'],
  },
  SPONSORED: {
    yes: ['Sponsored', 'Sponsored content', 'Promoted stories', 'Around the web', 'Advertisement', 'Anzeige', 'Contenu sponsorisé', 'Contenido patrocinado', 'Publicidad'],
    no: ['Sponsors pull out of the tournament', 'Advertising standards watchdog rules on claim', 'Paid leave for carers'],
  },
  CONSENT: {
    yes: ['We value your privacy', 'This site uses cookies', 'Cookie settings', 'Wir respektieren Ihre Privatsphäre', 'Nous respectons votre vie privée', 'Valoramos tu privacidad'],
    no: ['Privacy campaigners challenge the new law', 'Cookies and biscuits: a history'],
  },
  TICKER: { yes: ['Breaking', 'Breaking news', 'Live', 'Eilmeldung', 'Dernière minute', 'Última hora'], no: ['Breaking the silence on rural poverty', 'Living with floods'] },
  SOCIAL: { yes: ['Share this article', 'Share', 'Follow us on Instagram', 'Teilen', 'Partager', 'Compartir'], no: ['Shares fall as profits slump', 'Followers of the river path'] },
};

describe.each(Object.entries(TABLE))('%s', (name, { yes, no }) => {
  // As the engine compiles built-in patterns: without the `i` flag.
  const pattern = compileHeadingPatterns((PHRASES as Record<string, readonly string[]>)[name], { caseInsensitive: false });
  it.each(yes)('matches "%s"', (label) => expect(pattern.test(normalizeLabel(label))).toBe(true));
  it.each(no)('does not match "%s"', (label) => expect(pattern.test(normalizeLabel(label))).toBe(false));
});

describe('phrase lists', () => {
  it('are lower case (labels are lower-cased first, so no `i` flag is needed)', () => {
    for (const rule of BUILTIN_RULES) {
      if (rule.match.kind !== 'heading') continue;
      for (const p of rule.match.patterns) expect(p.replace(/\\./g, ''), `${rule.id}: ${p}`).toBe(p.replace(/\\./g, '').toLowerCase());
    }
  });

  it('cover English, German, French and Spanish for every clutter kind', () => {
    for (const name of ['RELATED_HEADING', 'APP_PROMPT', 'NEWSLETTER', 'COMMENTS', 'AI_WIDGET', 'SPONSORED', 'CONSENT']) {
      expect(TABLE[name].yes.length, name).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('normalizeLabel', () => {
  it.each([
    ['  Related   Articles  ', 'related articles'],
    ['Read more:', 'read more'],
    ['→ Most read', 'most read'],
    ['Comments (12)', 'comments 12'],
    ['Don’t miss', "don't miss"],
  ])('%j → %j', (input, output) => expect(normalizeLabel(input)).toBe(output));
});
