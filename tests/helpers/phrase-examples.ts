/** Positive and negative labels per phrase list, in several languages. */
export const TABLE: Record<string, { yes: string[]; no: string[] }> = {
  RELATED_HEADING: {
    yes: ['Related Articles', 'Related', 'More on this story', 'More from The Guardian', 'You may also like', 'Read also:', 'Read next →', 'Most read', 'Recommended for you based on your reading', 'Next article', 'Ähnliche Artikel', 'Mehr zum Thema', 'Lesen Sie auch', 'Das könnte Sie auch interessieren', 'À lire aussi', 'Sur le même sujet', 'Les plus lus', 'Artículos relacionados', 'Te puede interesar', 'Lo más leído', 'Leggi anche', 'Leia também', 'Latest news', 'Latest Videos', 'Latest stories from Harbour Times', 'Neueste Nachrichten', 'Dernières actualités', 'Últimas noticias'],
    no: ['Latest figures show a fall in ferry use', 'The latest news from the council was good', 'Related: the authority’s survey found that appliances are discarded', 'How we reported this story', 'Drought reveals drowned village', 'Readers respond to the plan', 'Morenews'],
  },
  APP_PROMPT: {
    yes: ['Download the app', 'DOWNLOAD THE APP', 'Get Started Now: Download the App', 'Get the Northfield Courier app', 'Install our app for faster reading', 'Open in the app', 'Jetzt die App laden', 'Téléchargez l’application', 'Descarga la app'],
    no: ['The app that raised parking fees', 'Apple unveils a new iPhone', 'Application deadline extended'],
  },
  NEWSLETTER: {
    yes: ['Sign up for our newsletter: Down to Earth', 'Get the Morning Wire in your inbox', 'Newsletter', 'Subscribe to our weekly newsletter', 'Newsletter abonnieren', 'Inscrivez-vous à notre newsletter', 'Suscríbete a nuestro boletín', 'Subscribe to Harbour Times’s newsletter', 'Sign up for Ana Ruiz’s weekly digest'],
    no: ['Subscribe', 'The inbox of a city clerk', 'Newsletters from the 1920s show a different town', 'Subscribers to the newsletter doubled in a year'],
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

/** What `normalizeLabel` always meant, as one Unicode-aware expression (slow to compile on every page load). */
export function normalizeLabelReference(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[()[\]{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, '');
}
