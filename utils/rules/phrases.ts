/**
 * Multilingual phrase patterns for headings and labels that introduce clutter.
 *
 * Each entry is a regular-expression source matched, case-insensitively, against
 * the *whole* normalised text of a heading or short label (see `normalizeLabel`):
 * lower case, curly quotes made straight, whitespace collapsed, leading and
 * trailing punctuation, arrows and counters stripped. A pattern that should
 * allow a tail (a newsletter's name, a site's name) says so with `.{0,n}`.
 *
 * Languages: English, German, French, Spanish, plus Italian, Portuguese and
 * Dutch where the phrase is common.
 */

const TAIL = '.{0,40}';

export const RELATED_HEADING: readonly string[] = [
  // en
  `related( articles?| stories| posts| content| coverage| links| news| reading| videos?| topics| stories and videos)?`,
  `more (on|about) (this|the) (story|topic|subject)`,
  `more (stories|news|articles) (from|on|about|in) ${TAIL}`,
  `more from ${TAIL}`,
  `more (stories|news|articles|to read|like this)`,
  `(you|we think you) (may|might|could|will) (also )?(like|enjoy|be interested in)${TAIL}`,
  `(also )?read( also| next| more)?( on ${TAIL})?`,
  `(what|things) to read next`,
  `(read|watch|up) next`,
  `next (article|story|up)`,
  `recommended( for you| reading| stories| articles| videos)?${TAIL}`,
  `(editor'?s'?|editors'?|our) (picks?|choice)`,
  `most (read|popular|viewed|shared|commented|emailed)( ${TAIL})?`,
  `(trending|popular)( now| stories| articles| today| on ${TAIL})?`,
  `top stories`,
  `(don'?t|do not) miss( this| these)?`,
  `see also`,
  `further reading`,
  `in (other|case you missed( it)?) news`,
  `in case you missed it`,
  `latest (news|stories|headlines|articles|videos)( from ${TAIL})?`,
  // de
  `(ähnliche|verwandte|weitere|passende) (artikel|beiträge|themen|nachrichten|meldungen)`,
  `mehr (zum thema|zu diesem thema|aus|von|zu) ?${TAIL}`,
  `(lesen sie|lies) (auch|mehr|weiter)${TAIL}`,
  `auch (interessant|lesenswert)`,
  `(das|dies) könnte (sie|dich) (auch )?interessieren`,
  `meist(gelesen|gelesene artikel|geklickt)`,
  `(am )?meisten gelesen`,
  `empfohlen(e artikel| für sie| für dich)?`,
  `(unsere )?empfehlungen( für sie| für dich)?`,
  `nächster artikel`,
  `(neueste|aktuelle|neuste) (nachrichten|artikel|meldungen|videos)`,
  // fr
  `(articles?|contenus?|sujets?) (similaires|liés|connexes|associés|recommandés)`,
  `(à )?lire (aussi|également|ensuite|plus)`,
  `sur le même (sujet|thème)`,
  `(plus d'articles|plus de contenus?|d'autres articles)( ${TAIL})?`,
  `(les )?plus (lus|populaires|partagés|commentés)`,
  `recommandé(e)?s? pour vous`,
  `vous (aimerez|pourriez aimer|aimeriez) (aussi|également)${TAIL}`,
  `à découvrir( aussi| également)?`,
  `article suivant`,
  `dans la même rubrique`,
  `(les )?dernières (actualités|infos|nouvelles|vidéos)`,
  // es
  `(artículos?|noticias|contenidos?|temas) (relacionad[oa]s|similares|recomendad[oa]s)`,
  `(lee|leer|lea) (también|más|además)${TAIL}`,
  `(te|le) puede (interesar|gustar)${TAIL}`,
  `(también )?(te|le) (puede|podría) interesar${TAIL}`,
  `quizás? (te|le) interese`,
  `(lo )?más (leíd[oa]s?|visto|vist[oa]s|popular(es)?|compartid[oa]s)`,
  `recomendad[oa]s? para (ti|usted)`,
  `más (noticias|artículos) ?${TAIL}`,
  `(siguiente|próximo) artículo`,
  `te recomendamos`,
  `últimas (noticias|novedades|historias)`,
  // it / pt / nl
  `(articoli|notizie) correlat[ie]`,
  `leggi anche`,
  `(i )?più lett[ie]`,
  `(leia|veja) também`,
  `(notícias|matérias) relacionadas`,
  `mais lid[ao]s`,
  `lees (ook|meer)`,
  `(gerelateerde|meer) (artikelen|nieuws)`,
  `meest gelezen`,
];

export const APP_PROMPT: readonly string[] = [
  // en
  `(download|get|install|try|open) (the|our) (free |new )?(${TAIL} )?app${TAIL}`,
  `${TAIL}(download|get|install) (the|our) (free |new )?(${TAIL} )?app${TAIL}`,
  `(read|open|continue|listen|watch)( this| it)? (in|on) (the|our) app`,
  `(download|get) it on (the )?(app store|google play)`,
  `available on (the )?(app store|google play)`,
  `(our|the) apps?`,
  // de
  `(hol(en sie)? (dir|sich)|lade(n sie)?( dir| sich)?|jetzt) (die|unsere) ${TAIL}app${TAIL}`,
  `(die )?app (herunterladen|installieren|laden|downloaden)${TAIL}`,
  `(in der app (öffnen|lesen|weiterlesen))`,
  `jetzt (die )?app (laden|holen|installieren)`,
  // fr
  `(téléchargez|télécharger|installez|installer) (l'|notre )(application|appli|app)${TAIL}`,
  `(ouvrir|lire|continuer) dans l'(application|appli|app)`,
  // es
  `(descarga|descargue|descargar|instala|instalar) (la|nuestra) (app|aplicación)${TAIL}`,
  `(abrir|leer|seguir leyendo) en la (app|aplicación)`,
];

export const NEWSLETTER: readonly string[] = [
  // en
  `(sign up|subscribe|register)( now)? (for|to) (our|the|my)( free| daily| weekly)? ${TAIL}(newsletters?|emails?|briefing|digest|mailing list)${TAIL}`,
  `(get|receive) ${TAIL}(in|to|straight to|delivered to) your inbox${TAIL}`,
  `${TAIL}(delivered|straight) to your inbox${TAIL}`,
  `join (our|the) (mailing list|newsletter)${TAIL}`,
  `(free |daily |weekly )?newsletters?( sign-?up)?`,
  `sign up for ${TAIL}newsletter${TAIL}`,
  // a newsletter named for its site or author: "Subscribe to Harbour Times's newsletter", "Sign up for Ana Ruiz's weekly digest"
  `(sign up|subscribe)( now)? (for|to) ${TAIL}(newsletters?|briefing|digest|mailing list)${TAIL}`,
  // de
  `(newsletter|den newsletter) (abonnieren|bestellen)${TAIL}`,
  `(jetzt )?(für den|zum|unseren) newsletter (anmelden|registrieren)${TAIL}`,
  `(melden sie sich|melde dich) ${TAIL}newsletter an`,
  // fr
  `(inscrivez-vous|abonnez-vous|s'inscrire|s'abonner) à (notre|la) (newsletter|lettre d'information|infolettre)${TAIL}`,
  `(recevez|recevoir) ${TAIL}(newsletter|infolettre)${TAIL}`,
  // es
  `(suscríbete|suscríbase|suscribirse|apúntate) (a|al) (nuestr[oa]|el|la)? ?(newsletter|boletín)${TAIL}`,
  `(recibe|reciba) ${TAIL}en tu (correo|bandeja de entrada)${TAIL}`,
];

export const COMMENTS: readonly string[] = [
  // en
  `\\d* ?(comments?|responses|replies)( \\d+)?`,
  `(leave|post|add|write) a (comment|reply)${TAIL}`,
  `join the (conversation|discussion|debate)`,
  `(show|view|read|load) (all )?(\\d+ )?comments`,
  `no comments( yet)?`,
  `(what do you think|have your say)`,
  `discussion`,
  // de
  `\\d* ?kommentare?`,
  `(jetzt )?(kommentieren|diskutieren sie mit|diskutiere mit)`,
  `(noch )?keine kommentare( vorhanden)?`,
  // fr
  `\\d* ?commentaires?`,
  `(laisser|ajouter|écrire) un commentaire`,
  `(réagissez|réagir)( à cet article)?`,
  // es
  `\\d* ?comentarios?`,
  `(deja|dejar|escribe|añade) (un|tu) comentario`,
  `(aún |todavía )?no hay comentarios`,
];

export const AI_WIDGET: readonly string[] = [
  // en
  `(try|explore|discover|meet|use) (our|the) (new )?ai( features?| tools?| assistant| summary| summaries)?${TAIL}`,
  `ask (our |the )?ai${TAIL}`,
  `ai(-generated)? (summary|summaries|assistant|features?|highlights|overview)${TAIL}`,
  `(summari[sz]e|summary) (this|with ai)${TAIL}`,
  `(powered by|generated by) ai`,
  // de
  `ki-(zusammenfassung|funktionen|assistent)${TAIL}`,
  `(frag|fragen sie|frage) (die|unsere) ki${TAIL}`,
  // fr
  `(essayez|découvrez) (nos fonctionnalités d'ia|notre ia|l'ia)${TAIL}`,
  `résumé (par|généré par) (l')?ia`,
  // es
  `(prueba|descubre) (nuestras funciones de ia|nuestra ia|la ia)${TAIL}`,
  `resumen (con|por|generado por) ia`,
];

export const SPONSORED: readonly string[] = [
  // en
  `(sponsored|promoted|paid|partner)( content| stories| links| posts?| by ${TAIL})?`,
  `(from|by) our (partners|sponsors|advertisers)`,
  `around the (web|internet)`,
  `advertisements?`,
  `(ad|ads)`,
  // de
  `anzeige`,
  `(gesponsert|werbung)( von ${TAIL})?`,
  // fr
  `(contenu )?(sponsorisé|partenaire)s?`,
  `publicité`,
  // es
  `(contenido )?patrocinado`,
  `publicidad`,
];

export const CONSENT: readonly string[] = [
  // en
  `we (value|care about|respect) your privacy${TAIL}`,
  `your privacy( choices| matters| settings| options)?`,
  `(this (web)?site|we) uses? cookies${TAIL}`,
  `cookies? (settings|preferences|consent|notice|banner)`,
  `manage (your )?(cookies|privacy|consent)( settings| preferences)?`,
  `privacy (settings|preferences|center|centre)`,
  // de
  `wir (respektieren|schätzen) (ihre|deine) privatsphäre`,
  `(diese website|wir) (verwendet|verwenden|nutzt|nutzen) cookies${TAIL}`,
  `(datenschutz|cookie)-?einstellungen`,
  // fr
  `nous (respectons|protégeons) votre vie privée${TAIL}`,
  `(ce site|nous) utilis(e|ons) des cookies${TAIL}`,
  `(gestion|paramètres) des cookies`,
  `(vos choix en matière de cookies|gérer mes choix)`,
  // es
  `(valoramos|respetamos) tu privacidad${TAIL}`,
  `(este (sitio|sitio web)|utilizamos|usamos) (utiliza )?cookies${TAIL}`,
  `configuración de (cookies|privacidad)`,
];

export const TICKER: readonly string[] = [
  `breaking( news)?`,
  `just in`,
  `live( updates)?`,
  `eilmeldung`,
  `(dernière minute|en direct)`,
  `(última hora|en directo)`,
];

export const SOCIAL: readonly string[] = [
  `share( this| on| via)?( article| story| page| post)?`,
  `follow us( on ${TAIL})?`,
  `(artikel |beitrag )?teilen`,
  `folgen sie uns${TAIL}`,
  `partager( cet article| sur ${TAIL})?`,
  `suivez-nous${TAIL}`,
  `compartir( en ${TAIL}| esta noticia| este artículo)?`,
  `síguenos${TAIL}`,
];

/**
 * What a text link to an app store says when it is a badge or an app prompt:
 * the word "app" in the languages that use it, and the stores' and
 * platforms' names, which no language translates. An app's own name, linked
 * from an article about it (a table of apps, a review), says none of these.
 * Regular-expression sources matched anywhere in the link's text,
 * `aria-label` or `title`, case-insensitively.
 */
export const APP_BADGE_TEXT: readonly string[] = [
  `\\bapps?\\b`, // en, de, es, it, nl, pt
  `\\bappli(cation)?s?\\b`, // fr
  `\\baplicaci[oó]n\\b`, // es
  `\\baplicativo\\b`, // pt
  `app ?store|google play|play store|itunes|appgallery|galaxy store`,
  `\\b(ios|android|iphone|ipad)\\b`,
];

/** Link targets of app-store badges. Regular-expression sources matched against absolute URLs. */
export const APP_STORE_LINKS: readonly string[] = [
  `^https?://(apps|itunes)\\.apple\\.com/`,
  `^https?://play\\.google\\.com/store/apps`,
  `^https?://appgallery\\.huawei\\.com/`,
  `^https?://galaxystore\\.samsung\\.com/`,
  `^https?://[a-z0-9-]+\\.onelink\\.me/`,
  `^https?://[a-z0-9-]+\\.app\\.link/`,
];
