/**
 * Multilingual phrase patterns for headings and labels that introduce clutter.
 *
 * Each entry is a regular-expression source matched, case-insensitively, against
 * the *whole* normalised text of a heading or short label (see `normalizeLabel`):
 * lower case, curly quotes made straight, whitespace collapsed, leading and
 * trailing punctuation, arrows and counters stripped. A pattern that should
 * allow a tail (a newsletter's name, a site's name) says so with `.{0,n}`.
 *
 * Languages: English, German, French and Spanish throughout; Italian,
 * Portuguese, Dutch, Polish, Russian, Turkish, Indonesian, Japanese,
 * Chinese, Korean, Arabic, Ukrainian, Czech, Slovak, Swedish, Danish,
 * Norwegian, Romanian, Hungarian, Greek, Hebrew and Finnish for the common
 * phrases of each kind; Hindi, Vietnamese and Thai for rails and ads.
 */

const TAIL = '.{0,40}';

export const RELATED_HEADING: readonly string[] = [
  // en
  `(more )?related( articles?| stor(y|ies)| posts?| content| coverage| links| news| reading| videos?| topics| stories and videos| publications| reports| resources| research| headlines)?`,
  `more (on|about) (this|the) (story|topic|subject)`,
  `other (news|stories|articles|releases|posts) (from|by) ([^ ]+ ){0,3}[^ ]+`,
  `related (terms|guides|questions|searches)`,
  `related (internet|external|web) links`,
  `related to this (story|article|post)`,
  `more (stories|news|articles) (from|on|about|in) ${TAIL}`,
  `more from ${TAIL}`,
  `(read )?more (from|on|at) ${TAIL}`,
  // a section's rail: "More in Opinion", "More in Sports"
  `more in ${TAIL}`,
  `(popular|trending|latest) in ${TAIL}`,
  `more (stories|news|articles|to read|like this)`,
  `(recent|latest) (posts|articles|stories|press releases|news releases|releases|updates|obituaries)`,
  // a rail named for a kind of story: "More Features", "More Videos"
  `more (features|videos|photos|galleries|podcasts|reviews|headlines|opinion|columns|sports|episodes)`,
  `(you|we think you) (may|might|could|will) (also )?(like|enjoy|be interested in)${TAIL}`,
  `(also )?read( also| next| more)?( on ${TAIL})?`,
  `(what|things) to read next`,
  `(read|watch|up) next`,
  `(read|watch) this next`,
  `next (article|story|up)( in .{0,25})?`,
  `recommended( for you| reading| stories| articles| videos)?${TAIL}`,
  `(editor'?s'?|editors'?|our) (picks?|choice)`,
  `most (read|popular|viewed|shared|commented|emailed)( ${TAIL})?`,
  `(trending|popular)( now| stories| articles| posts| today| on ${TAIL})?`,
  `top stories`,
  `(don'?t|do not) miss( this| these)?`,
  `must (read|watch|see)( videos?| stories| articles)?`,
  `what'?s next`,
  `see also`,
  `further reading`,
  `in (other|case you missed( it)?) news`,
  `in case you missed it`,
  `latest ([^ ]+ ){0,2}(news|stories|headlines|articles|videos)( from ${TAIL})?`,
  `today's (headlines|top stories|stories)`,
  `the latest( news| stories| headlines| articles| videos)?`,
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
  `(artículos?|noticias|notas|contenidos?|temas) (relacionad[oa]s|similares|recomendad[oa]s)`,
  `(lee|leer|lea|leé|mira|mirá) (también|más|además)${TAIL}`,
  `(te|le) puede (interesar|gustar)${TAIL}`,
  `(también )?(te|le) (puede|podría) interesar${TAIL}`,
  `quizás? (te|le) interese`,
  `(lo )?más (leíd[oa]s?|visto|vist[oa]s|popular(es)?|compartid[oa]s)`,
  `recomendad[oa]s? para (ti|usted)`,
  `más (noticias|artículos|notas) ?${TAIL}`,
  `(siguiente|próximo) artículo`,
  // El País's box of links inside a story; inside the article a heading hides only the link list it heads
  `más información`,
  `te recomendamos`,
  `últimas (noticias|novedades|historias)`,
  // it / pt / nl
  `(articoli|notizie) correlat[ie]`,
  `leggi anche`,
  `(i )?più lett[ie]`,
  `(leia|veja) (também|mais)`,
  `(notícias|matérias) relacionadas`,
  `mais lid[ao]s`,
  `lees (ook|meer)`,
  `(gerelateerde|meer) (artikelen|nieuws)`,
  `meest gelezen`,
  // it
  `(articoli|notizie|contenuti) (correlati|simili|consigliati)`,
  `(ti )?potrebbe (anche )?interessarti( anche)?`,
  `da non perdere`,
  `(altri articoli|ultime notizie)( (da|di|su) ${TAIL})?`,
  // pt
  `(artigos|conteúdos) relacionados`,
  `(você|vc) (também )?pode gostar${TAIL}`,
  `(últimas|mais) notícias( (de|do|da|sobre) ${TAIL})?`,
  `recomendad[oa]s para (você|ti)`,
  // nl
  `dit (vind je|vindt u) (misschien )?ook (leuk|interessant)`,
  `aanbevolen( voor (jou|u))?`,
  `laatste nieuws`,
  // pl
  `(powiązane|podobne|polecane) (artykuły|wiadomości|materiały|teksty)`,
  `(czytaj|przeczytaj|zobacz) (też|także|również|więcej)${TAIL}`,
  `(najczęściej|najchętniej) (czytane|czytany|komentowane)`,
  `najpopularniejsze( artykuły| wiadomości)?`,
  `polecamy`,
  `(może|mogą) cię (też |także |również )?zainteresować`,
  `(najnowsze|więcej) (wiadomości|artykułów|artykuły)( (z|na temat) ${TAIL})?`,
  // ru
  `(читайте|смотрите) (также|ещё|еще|тоже)${TAIL}`,
  `(похожие|связанные|рекомендуемые|популярные) (статьи|новости|материалы|публикации)`,
  `(ещё|еще|другие материалы) по теме`,
  `по теме`,
  `(самое|самые) (читаемое|читаемые|популярное|популярные)`,
  `(вам )?(может|могут) (быть интересно|понравиться|заинтересовать)`,
  `(последние|другие) новости`,
  `рекомендуем( прочитать)?`,
  `лента новостей`,
  // uk
  `(читайте|дивіться) (також|ще)${TAIL}`,
  `(схожі|пов'язані|рекомендовані|популярні) (статті|новини|матеріали|публікації)`,
  `((ще|інші) матеріали|новини|статті) за темою`,
  `за темою`,
  `(найчитаніше|найпопулярніше|найбільш читане|найпопулярніші новини)`,
  `(останні|інші|головні) новини`,
  `рекомендуємо( прочитати)?`,
  `(вам )?(може|можуть) (бути цікаво|сподобатися|зацікавити)`,
  // sv / da / nb
  `(läs|læs|les) (också|även|mer|også|mere|flere)([: ]${TAIL})?`,
  `relatera(t|de) (artiklar|nyheter|artiklar och nyheter)`,
  `relatere(de|te) (artikler|nyheder|nyheter|saker)`,
  `(mer|mere) (från|fra|om) ${TAIL}`,
  `mest (läst|lästa|delade|delat|læst|læste|delte|lest|leste|delt)( ${TAIL})?`,
  `(senaste nytt|seneste nyt|siste nytt|senaste nyheterna|siste nyheter)`,
  `(du kanske också gillar|du vil måske også synes om|du vil kanskje også like)`,
  // cs / sk
  `(čtěte|přečtěte si|čítajte|prečítajte si) (také|též|taky|aj|tiež)${TAIL}`,
  `(související|podobné|doporučené|súvisiace|podobné) (články|zprávy|správy|téma)`,
  `(nejčtenější|nejčtenější články|najčítanejšie|najčítanejšie články)`,
  `(další|ďalšie) (zprávy|články|správy)( z ${TAIL})?`,
  `(nejnovější|najnovšie|poslední|posledné) (zprávy|články|správy)`,
  // ro / hu / el / he / fi
  `(citește|citeste) (și|si|mai mult)([: ]${TAIL})?`,
  `(articole|știri|stiri) (similare|asemănătoare|recomandate|conexe)`,
  `(cele mai) (citite|populare|comentate)( ${TAIL})?`,
  `(ultimele|alte) (știri|stiri)`,
  `kapcsolódó (cikk|cikkek|hírek|tartalom|tartalmak)`,
  `(ez is érdekelheti|ezt is ajánljuk|ajánlott cikkek|ajánló)`,
  `(legolvasottabb|legnépszerűbb)( cikkek| hírek)?`,
  `(friss|további) hírek`,
  `(δ[ιί]αβ[αά]στε|δε[ιί]τε) (επ[ιί]σης|ακ[οό]μη|ακ[οό]μα)([: ]${TAIL})?`,
  `σχετικ[αά] ([αά]ρθρα|θ[εέ]ματα|ν[εέ]α)`,
  `(τα )?(πιο )?(δημοφιλ[ηή]|διαβασμ[εέ]να)`,
  `(τελευτα[ιί]α ν[εέ]α|τελευτα[ιί]ες ειδ[ηή]σεις)`,
  `(כתבות|ידיעות) (נוספות|קשורות)`,
  `עוד (באתר|בנושא|כתבות)`,
  `(הכי נקראות|הנקראות ביותר|הכי נצפות)`,
  `(קראו|ראו) (גם|עוד)([: ]${TAIL})?`,
  `lue (myös|lisää)([: ]${TAIL})?`,
  `aiheeseen liittyv(ät|iä|ää)( artikkelit| uutiset| jutut)?`,
  `(luetuimmat|suosituimmat|tuoreimmat)( uutiset)?`,
  `(uusimmat|viimeisimmät) uutiset`,
  // tr
  `(ilgili|benzer) (haber|haberler|içerik|içerikler|yazı|yazılar)`,
  `(bunlar(ı)? da )?ilginizi çekebilir`,
  `en çok (okunanlar|okunan haberler|okunan)`,
  `(önerilen|popüler) (haberler|içerikler)`,
  // id
  `(berita|artikel) (terkait|lainnya|populer|terbaru|pilihan)`,
  `baca (juga|selengkapnya)${TAIL}`,
  `(paling banyak dibaca|terpopuler)`,
  // ja
  `関連(記事|ニュース|情報)`,
  `(こちらも|あわせて)(読みたい|おすすめ|読む)${TAIL}`,
  `(おすすめ|人気|注目)(記事|の記事|ニュース)`,
  `(アクセス|人気|記事)ランキング`,
  `よく読まれている(記事)?`,
  // zh
  `(相关|相關)(文章|阅读|閱讀|新闻|新聞|推荐|推薦|报道|報導)`,
  `(热点|熱點|热门|熱門)(新闻|新聞|文章|推荐|推薦|排行)`,
  `(延伸|推荐|推薦|热门|熱門)(阅读|閱讀|文章|新闻|新聞)`,
  `猜你喜(欢|歡)`,
  `(最新|即時|即时)(新聞|新闻|消息)`,
  `(阅读|閱讀)排行( ${TAIL})?`,
  // ko
  `관련 ?(기사|뉴스)`,
  `(많이 본|인기|추천) ?(기사|뉴스)`,
  `함께 (본|보면 좋은|볼만한) (기사|뉴스)`,
  // hi
  `(यह|ये) भी (पढ़ें|पढ़िए|देखें)${TAIL}`,
  `(संबंधित|सम्बंधित|सम्बन्धित) (खबरें|ख़बरें|खबर|ख़बर|समाचार|लेख)`,
  `(सबसे ज्यादा|सबसे ज़्यादा|सर्वाधिक) (पढ़ी गई|पढ़ी गईं|पढ़े गए|पढ़ी जाने वाली)( खबरें| ख़बरें)?`,
  `(ताज़ा|ताजा) (खबरें|ख़बरें)`,
  // vi
  `(tin|bài viết|bài) (liên quan|cùng chuyên mục)`,
  `(xem|đọc) thêm${TAIL}`,
  `(đọc|xem) nhiều( nhất)?`,
  `có thể bạn quan tâm`,
  `tin (mới nhất|nổi bật)`,
  // th
  `(ข่าว|บทความ|เรื่อง)(ที่)?เกี่ยวข้อง`,
  `อ่าน(เพิ่มเติม|ต่อ)${TAIL}`,
  `(ข่าว|บทความ)(ยอดนิยม|ล่าสุด|แนะนำ)`,
  // ar
  `(مقالات|أخبار|مواضيع) (ذات صلة|مشابهة|متعلقة)`,
  `اقرأ (أيضا|أيضاً|المزيد)${TAIL}`,
  `(الأكثر|الاكثر) (قراءة|مشاهدة)`,
  `قد (يهمك|يعجبك)( أيضا| أيضاً)?`,
  `المزيد من ${TAIL}`,
];

/**
 * What is left of an app bar's label once the site's name is taken out (see
 * the heading matcher's `siteNamed`): "Northwind is better in the app".
 */
export const SITE_NAMED_APP: readonly string[] = [`(is |are )?better (in|on) (the|our) app${TAIL}`, `(is|are) (even )?better in the app${TAIL}`];

/**
 * What is left of a rail's heading once the site's name is taken out (see
 * the heading matcher's `siteNamed`): "More Washington Examiner", "Today on
 * WebMD", "Breitbart Video Picks", "BBC Videos". Only with the site's own
 * name: "More rain" or "Video picks" alone say nothing of a rail.
 */
export const SITE_NAMED_RAIL: readonly string[] = [
  `more( from| on| at)?`,
  `(today|also|elsewhere|trending|popular|new|now) on`,
  `(the )?(best|latest|top) (of|from)`,
  `((editor'?s'?|video|top) )?picks`,
  `(our )?(favorites|favourites)`,
  `(top |latest |trending |more )?(stories|videos?)`,
  `(mehr (von|vom|aus|bei|im)|neu (bei|auf|im))`,
  `(plus de|aussi sur|à la une sur)`,
  `(más de|también en|lo último de)`,
  `(mais (d[oa]|de)|também n[oa])`,
];

/**
 * What is left of a newsletter's name once the site's name is taken out: "The
 * Ledger Post Business newsletter" → "business newsletter". A few short
 * patterns: every label a heading rule does not take is tried on them.
 */
export const SITE_NAMED_NEWSLETTER: readonly string[] = [`([^ ]+ ){0,2}(newsletters?|nieuwsbrief|infolettre|boletín|e-?mails?|briefing)`];

export const APP_PROMPT: readonly string[] = [
  // en
  `(download|get|install|try|open) (the|our) (free |new )?(${TAIL} )?app${TAIL}`,
  `${TAIL}(download|get|install) (the|our) (free |new )?(${TAIL} )?app${TAIL}`,
  `(read|open|continue|listen|watch)( this| it)? (in|on) (the|our) app`,
  `open (in|with) (the )?app`,
  // "It's better on the app" ("Northwind is better in the app": see SITE_NAMED_APP)
  `(it's|it is|everything's|everything is|reading is|news is) better (in|on) (the|our) app${TAIL}`,
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
  // it / pt / nl
  `(scarica|installa) (l'|la nostra |la )app${TAIL}`,
  `(baixe|instale) (o|nosso) (app|aplicativo)${TAIL}`,
  `(download|installeer) (de|onze) app${TAIL}`,
  // pl / ru / tr / id
  `(pobierz|zainstaluj) (naszą )?aplikację${TAIL}`,
  `(скачайте|скачать|установите|установить) (наше )?приложение${TAIL}`,
  `uygulama(yı|mızı) (indir|indirin|yükleyin)${TAIL}`,
  `(unduh|download|pasang) aplikasi${TAIL}`,
  `(завантажте|завантажити|встановіть|встановити) (наш |наше |нашу )?(застосунок|додаток)${TAIL}`,
  `(ladda ner|hämta|hent|download|last ned) (appen|vår app|vores app|appen vår)${TAIL}`,
  // ja / zh / ko / ar
  `アプリ(を)?(ダウンロード|インストール)${TAIL}`,
  `(下载|下載)(app|客户端|客戶端|應用程式|应用)${TAIL}`,
  `앱 ?(다운로드|설치)${TAIL}`,
  `(حمل|حمّل|نزل|نزّل) (تطبيق|التطبيق)${TAIL}`,
];

export const NEWSLETTER: readonly string[] = [
  // en
  `(sign up|subscribe|register)( now)? (for|to) (our|the|my)( free| daily| weekly)? ${TAIL}(newsletters?|emails?|briefing|digest|mailing list)${TAIL}`,
  `(get|receive) ${TAIL}(in|to|straight to|delivered to) your inbox${TAIL}`,
  `${TAIL}(delivered|straight) to your inbox${TAIL}`,
  `join (our|the) (mailing list|newsletter)${TAIL}`,
  `(breaking news|daily news|morning news|evening news|news) (emails|e-?mail alerts)`,
  // a newsletter's name: "Newsletters", "Pick Six Newsletter", "CNBC Newsletters" (three words at most
  // before it, none of them "a", "your" or "my": "Start a newsletter" is a story's)
  `((?!(a|your|my) )[^ ]+ ){0,3}newsletters?( sign-?up)?`,
  `sign up for ${TAIL}newsletter${TAIL}`,
  // a newsletter named in quotes after the word: "Newsletter « La Matinale »", 'Newsletter "Morning Brief"'
  `newsletters? ["«“„'].{1,60}`,
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
  // it / pt / nl
  `iscriviti (alla|alla nostra) newsletter${TAIL}`,
  `(assine|inscreva-se (na|em)) (a |nossa )?newsletter${TAIL}`,
  `(schrijf je in|meld je aan) voor (de|onze) nieuwsbrief${TAIL}`,
  `nieuwsbrief`,
  // pl / ru / tr / id
  `zapisz się (do|na) (naszego |nasz )?newslett?er${TAIL}`,
  `подпишитесь на (нашу )?рассылку${TAIL}`,
  `(e-?)?(bültenimize|bültene) (abone olun|abone ol|kaydolun)${TAIL}`,
  `berlangganan (newsletter|buletin)${TAIL}`,
  `(odebírejte|přihlaste se k odběru|odoberajte) (náš |našeho )?(newsletter|newsletteru)${TAIL}`,
  `free (e-?mail )?subscriptions?`,
  `(abonează-te|aboneaza-te|înscrie-te) la (newsletter|newsletterul nostru)${TAIL}`,
  `hírlevél|iratkozz(on)? fel (a )?hírlevel(ünk)?re${TAIL}`,
  `ניוזלטר|הירשמו לניוזלטר${TAIL}`,
  `(tilaa )?uutiskirje(emme)?( ${TAIL})?`,
  `підпишіться на (нашу )?розсилку${TAIL}`,
  `(prenumerera på|anmäl dig till|tilmeld dig|meld deg på) (vårt |vores |vårt )?(nyhetsbrev|nyhedsbrev)${TAIL}`,
  `(nyhetsbrev|nyhedsbrev)(et)?`,
  // ja / zh / ko / ar
  `(メールマガジン|メルマガ|ニュースレター)(登録|の登録|を購読)?`,
  `(订阅|訂閱)(我们的|我們的)?(新闻通讯|電子報|电子报|newsletter)`,
  `뉴스레터( 구독| 신청)?( 하기)?`,
  `اشترك في (النشرة|نشرتنا)${TAIL}`,
];

export const COMMENTS: readonly string[] = [
  // en
  `\\d* ?(comments?|responses|replies)( \\d+)?`,
  // WordPress themes' comment titles: "2 comments on “Title”", "One thought on “Title”", "5 Responses to “Title”".
  `(\\d+|one|no) (comments?|thoughts?|responses?|repl(y|ies)) (on|to) ["“«„'].{1,100}`,
  `(leave|post|add|write) a (comment|reply)${TAIL}`,
  `join the (conversation|discussion|debate)`,
  `(show|view|read|load|loading) (all )?(\\d+ )?comments`,
  `comment on this (article|story|post)`,
  `no comments( yet)?`,
  `(what do you think|have your say|share what you think)`,
  `discussion`,
  // de
  `\\d* ?(leser-?)?kommentare?( \\d+)?`,
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
  // it / pt / nl
  `\\d* ?commenti( \\d+)?`,
  `(lascia|scrivi) un commento`,
  `\\d* ?comentários?( \\d+)?`,
  `deixe (um|seu) comentário`,
  `\\d* ?reacties( \\d+)?`,
  `(plaats|laat|schrijf) een reactie( achter)?`,
  // pl / ru / tr / id
  `\\d* ?komentarz(e|y)?( \\d+)?`,
  `(dodaj|napisz) komentarz`,
  `\\d* ?комментари(й|я|ев|и)( \\d+)?`,
  `(оставьте|оставить|написать|добавить) комментарий`,
  `\\d* ?коментар(і|ів)( \\d+)?`,
  `(залиште|залишити|написати|додати) коментар`,
  `\\d* ?kommentar(er|erna|ene)( \\d+)?|\\d+ kommentar`,
  `(skriv|lämna|legg igjen|skriv en|skriv din) (en |din )?kommentar`,
  `diskus(e|ia)( \\d+)?|\\d+ (komentářů|komentáře|komentárov)|komentáře|komentáre`,
  `\\d* ?comentarii( \\d+)?|(lasă|lasa|adaugă|adauga) un comentariu`,
  `hozzászólások?( \\d+)?|\\d+ hozzászólás|kommentek( \\d+)?`,
  `σχ[οό]λια( \\d+)?|\\d+ σχ[οό]λια`,
  `תגובות( \\d+)?|\\d+ תגובות|הוסיפו תגובה`,
  `kommentit( \\d+)?|\\d+ kommenttia`,
  // an obituary's guest book of condolences
  `(sign|view|read) the guest ?book|guest ?book( entries)?`,
  `\\d+ yorum|yorumlar|yorum (yap|yaz|ekle)`,
  `\\d* ?komentar( \\d+)?`,
  `(tulis|kirim) komentar`,
  // ja / zh / ko / ar
  `コメント(\\d+件)?|コメント[（(]\\d+[）)]?`,
  `(评论|評論|留言)( ?\\d+)?`,
  `(发表|發表)(评论|評論)`,
  `댓글( ?\\d+ ?개?)?`,
  `댓글 (쓰기|달기)`,
  `\\d* ?(تعليقات|تعليق)`,
  `(أضف|اكتب) (تعليق|تعليقا|تعليقاً)`,
];

export const AI_WIDGET: readonly string[] = [
  // en
  `(try|explore|discover|meet|use) (our|the) (new )?ai( features?| tools?| assistant| summary| summaries)?${TAIL}`,
  `ask (our |the )?ai${TAIL}`,
  `ai(-generated)? (summary|summaries|assistant|features?|highlights|overview)${TAIL}`,
  `(summari[sz]e|summary) (this|with ai)${TAIL}`,
  `(powered by|generated by) ai`,
  `(get|see|read|view|show|generate) (an? |the )?ai(-generated| generated)? (summary|overview|recap)${TAIL}`,
  `(ask|chat with) (ai |a question |questions )?(about )?this (article|story|page)${TAIL}`,
  `(explore|search|read|dig deeper) with ai${TAIL}`,
  `(new|try)( now)?:? ai-powered ${TAIL}`,
  // de
  `ki-(zusammenfassung|funktionen|assistent)${TAIL}`,
  `(frag|fragen sie|frage) (die|unsere) ki${TAIL}`,
  `((artikel|text) )?(mit ki )?zusammenfassen( lassen)?( mit ki)?`,
  // fr
  `(essayez|découvrez) (nos fonctionnalités d'ia|notre ia|l'ia)${TAIL}`,
  `résumé (par|généré par) (l')?ia`,
  `résumer (cet article|l'article|avec l'ia)( avec l'ia)?`,
  // es
  `(prueba|descubre) (nuestras funciones de ia|nuestra ia|la ia)${TAIL}`,
  `resumen (con|por|generado por) ia`,
  `resumir (este artículo|la noticia|con ia)( con ia)?`,
];

/**
 * The headings of a publisher's own subscription and membership promos, the
 * boxes a story carries ("Support our journalism", "Subscribe now"): only the
 * call, never the words alone ("Subscribers" or "Journalism" head stories too).
 */
export const SUBSCRIPTION_PROMO: readonly string[] = [
  // en
  `subscribe (now|today)${TAIL}`,
  `(subscribe|sign up) to (continue|keep) reading${TAIL}`,
  // a wall's offer: "Continue reading with Harbour+" (a name of a word or two: the "+" is a trailing mark,
  // dropped from labels), "… with a subscription", "Try 4 weeks for $1"
  `(continue|keep) reading with ([^ ]+( [^ ]+)?|([^ ]+ ){0,3}(plus|premium|(a |an )?(subscription|membership)|digital access))`,
  `(try|get) (\\d+|one|two|three|four|six) (weeks?|months?) (for|free)${TAIL}`,
  // a trial's offer: "Try Harbour Premium free for 30 days", "Start your free trial"
  `try ([^ ]+ ){1,3}(free for|for free for) (\\d+|one|two|three|four|six|a) (days?|weeks?|months?)${TAIL}`,
  `start (your |a )?(\\d+-(day|week|month) )?free trial${TAIL}`,
  `(support|fund|power) (our|independent|quality|local|trusted|fearless) (journalism|reporting)${TAIL}`,
  `support (our|this) (work|research|mission|newsroom)${TAIL}`,
  `become a (member|subscriber|supporter|patron)${TAIL}`,
  `(unlock|get) (unlimited|full|digital|premium|all-access) access${TAIL}`,
  // a registration wall's offer: "Register now for FREE unlimited access to …"
  `(register|sign up) (now |today )?(for|to get) (free|free,? unlimited|unlimited|full) access${TAIL}`,
  `already a (subscriber|member)${TAIL}`,
  // a story's lock: "Subscribers only", "Article réservé aux abonnés"
  `(this (article|story) is )?(for |exclusive(ly)? (to|for) )?subscribers( only)?`,
  // a subscriber's gift link offered to every reader: "Gift this article", "Give this article"
  `(gift|give) (this|the) (article|story)${TAIL}`,
  // a metered paywall's count: "You have 2 free articles left", "You've read 3 of 5 free articles"
  `(you('ve| have)|you've got) (read |used )?\\d+ (of (your )?\\d+ )?(free )?(articles?|stor(y|ies))( left| remaining)?${TAIL}`,
  `\\d+ free (articles?|stor(y|ies)) (left|remaining)${TAIL}`,
  // appeals to switch an ad blocker off
  `(we('ve| have)? noticed|it (looks|seems) like|looks like) (that )?you('re| are) (using )?(an? )?ad[ -]?block(er|ing)?${TAIL}`,
  `(please )?(disable|turn off|pause|whitelist) (your )?ad[ -]?block(er)?${TAIL}`,
  `ad[ -]?block(er)? detected${TAIL}`,
  // de
  `jetzt (abonnieren|abonnent werden|mitglied werden|unterstützen)${TAIL}`,
  `(weiterlesen|weiter lesen) mit ([^ ]+( [^ ]+)?|([^ ]+ ){0,3}(plus|premium|(einem )?abo(nnement)?))`,
  `(jetzt )?(\\d+|einen|zwei|drei|vier|sechs) (wochen?|monate?) (für|gratis|kostenlos)${TAIL}`,
  `(unterstützen sie|unterstütze) (unseren|unabhängigen|guten) journalismus${TAIL}`,
  `(schon|bereits) (abonnent|abonnentin|abonniert)${TAIL}`,
  `(artikel|diesen artikel) verschenken`,
  `(nur )?für abonnent(en|innen)`,
  `sie haben (noch |bereits )?\\d+ (von \\d+ )?(kostenlose[n]? |freie[n]? )?artikel${TAIL}`,
  `(sie nutzen|sie verwenden|du nutzt|du verwendest) (einen )?(ad-?blocker|werbeblocker)${TAIL}`,
  `(ad-?blocker|werbeblocker) erkannt${TAIL}`,
  // fr
  `abonnez-vous (dès maintenant|maintenant|pour|à partir)${TAIL}`,
  `(continuez|poursuivez) (votre lecture|à lire) avec ([^ ]+( [^ ]+)?|([^ ]+ ){0,3}(premium|(un )?abonnement))`,
  `(soutenez|soutenir) (notre|le|un) journalisme${TAIL}`,
  `déjà abonnée?${TAIL}`,
  `offrir (cet|l') ?article`,
  `(article )?réservé aux abonnés`,
  `il vous reste \\d+ articles?${TAIL}`,
  `vous utilisez (un )?(bloqueur de (publicités?|pubs?)|adblock(er)?)${TAIL}`,
  // es
  `(suscríbete|suscribete|hazte socio|hazte suscriptor|hazte miembro)( ahora| ya| hoy)?${TAIL}`,
  `(apoya|apoye) (el|nuestro) periodismo${TAIL}`,
  `(sigue|continúa|continua) leyendo con ([^ ]+( [^ ]+)?|([^ ]+ ){0,3}(premium|(una )?suscripción))`,
  `ya eres (suscriptor|socio|suscriptora|socia)${TAIL}`,
  `regala (este|el) artículo`,
  `(artículo |contenido )?(exclusivo|solo) para (suscriptores|socios)`,
  `(te|le) quedan? \\d+ (artículos?|noticias?)${TAIL}`,
  // it / pt / nl / pl / ja / zh: a story's lock
  `(articolo )?riservato agli abbonati`,
  `(conteúdo |matéria )?exclusiv[oa] para assinantes`,
  `(alleen|exclusief) voor abonnees`,
  `(artykuł )?(tylko|wyłącznie) dla (prenumeratorów|subskrybentów|abonentów)`,
  `(лише|тільки) для (передплатників|підписників)`,
  `(endast|bara|kun|bare) for (prenumeranter|abonnenter)|(endast|bara) för prenumeranter`,
  `(この記事は)?有料会員(限定|専用)(の記事)?(です)?${TAIL}`,
  // a blog platform's tip jar: "この記事が気に入ったらサポートをしてみませんか？"
  `(この記事が気に入ったら)?サポートをしてみませんか${TAIL}`,
  `(本文|此文|该文章)?(仅限|僅限)(付费)?(会员|會員|订阅用户)${TAIL}`,
  `(estás|está) (usando|utilizando) (un )?(bloqueador de (anuncios|publicidad)|adblock(er)?)${TAIL}`,
];

export const SPONSORED: readonly string[] = [
  // en
  `(sponsored|promoted|paid|partner)( content| stories| links| posts?| by ${TAIL})?`,
  `(([^ ]+ ){1,3})?(from|by) our (partners?|sponsors?|advertisers?)`,
  `around the (web|internet)`,
  `advertisements?`,
  `(ad|ads)`,
  // the link under an ad slot that asks what you thought of the ad
  `ad feedback`,
  // the line an ad slot leaves between paragraphs: "Story continues below advertisement", "Advertisement - scroll to continue"
  `(the )?(story|article|text|content) continues (below|after) (this |the )?(advertisement|ad)`,
  `(advertisement|ad) ?-? ?(scroll|continue|story continues) ${TAIL}`,
  // a shop's price widget beside a review: "Today's best Corsair Glide 5 deals"; a finance page's "Advertiser Disclosure"
  `today's best ${TAIL}deals`,
  `advertiser disclosure`,
  // an ad slot's label between a story's paragraphs: "Continue reading below"
  `(continue|keep) reading below( (the |this )?(ad|advertisement))?`,
  // de
  `anzeige`,
  `(weiterlesen|lesen sie weiter) nach der anzeige`,
  `(gesponsert|werbung)( von ${TAIL})?`,
  // fr
  `(contenu )?(sponsorisé|partenaire)s?`,
  `publicité`,
  `la suite (de l'article )?(après|sous) (cette|la) (publicité|annonce)`,
  // es
  `(contenido )?patrocinado`,
  `publicidad`,
  `(la noticia |el artículo )?(continúa|sigue) (después|debajo|tras) (de )?(la|esta) (publicidad|anuncio)`,
  // it / pt / nl
  `contenut[oi] sponsorizzat[oi]`,
  `pubblicità`,
  `publicidade`,
  `(gesponsord|advertentie)`,
  // pl / ru / tr / id
  `(artykuł |materiał )?sponsorowany`,
  `reklama`,
  `(на правах )?реклам(а|ы|и)`, // ru, uk
  `(спонсорский|партнёрский|партнерский) материал`,
  `(новини|матеріали|публікації) партнерів|партнерський матеріал`,
  `(новости|материалы|публикации) партн(е|ё)ров`,
  `(annons|annonce|annonse)`,
  `(sponsrat|sponsoreret|sponset|annonsørinnhold|annonsörsinnehåll)( innehåll| indhold| innhold)?`,
  // ro / hu / el / he / fi
  `publicitate|(conținut|continut) sponsorizat`,
  `hirdetés|szponzorált( tartalom)?`,
  `διαφ[ηή]μιση|χορηγο[υύ]μενο( περιεχ[οό]μενο)?`,
  `פרסומת|(תוכן )?ממומן`,
  `mainos|kaupallinen yhteistyö`,
  `sponsorlu( içerik)?`,
  `reklam`,
  `(konten )?bersponsor`,
  `iklan`,
  // hi / vi / th
  `विज्ञापन`,
  `quảng cáo`,
  `โฆษณา`,
  // ja / zh / ko / ar
  `広告`,
  `(广告|廣告|赞助内容|贊助內容)`,
  `광고`,
  `(إعلان|محتوى ممول|برعاية)`,
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
  // it / pt / nl
  `(questo sito|utilizziamo|usiamo) (utilizza )?(i )?cookie${TAIL}`,
  `rispettiamo la tua privacy${TAIL}`,
  `(valorizamos|respeitamos) a sua privacidade${TAIL}`,
  `(wij|we) (respecteren|waarderen) (je|jouw|uw) privacy${TAIL}`,
  `(este site|nós) (usa|utiliza|usamos|utilizamos) cookies${TAIL}`,
  `(deze (web)?site|wij) (gebruikt|gebruiken) cookies${TAIL}`,
  // pl / ru / tr / id
  `(ta strona|ten serwis|używamy|korzystamy z) ${TAIL}(plików )?cookies?${TAIL}`,
  `szanujemy (twoją|państwa) prywatność${TAIL}`,
  `(этот сайт|мы) (использует|используем) (файлы )?cookie${TAIL}`,
  `(цей сайт|ми) (використовує|використовуємо) (файли )?cookie${TAIL}`,
  `(vi|den här webbplatsen|webbplatsen|denne hjemmeside|hjemmesiden|dette nettstedet|nettstedet) (använder|bruger|bruker) (cookies|informasjonskapsler)${TAIL}`,
  `(tento web|tato stránka|táto stránka) (používá|využívá|používa) (soubory )?cookies?${TAIL}`,
  `(bu site|sitemiz) çerez(ler)? kullan${TAIL}`,
  `situs ini menggunakan cookie${TAIL}`,
  // ja / zh / ko / ar
  `(当サイト|このサイト)(では)?(cookie|クッキー)${TAIL}`,
  `(本网站|本網站)使用(cookie|cookies)${TAIL}`,
  `(이 사이트는|당사는) 쿠키를 사용${TAIL}`,
  `(هذا الموقع|نحن) (يستخدم|نستخدم) (ملفات )?(تعريف الارتباط|الكوكيز)${TAIL}`,
];

/**
 * What a consent dialog says somewhere in its text, whatever its heading:
 * cookies, or the consent framework's "we and our partners". Matched
 * anywhere in a dialog's text (see the `dialog` matcher), case-insensitive.
 * Not "consent" or "agree" alone: a sign-in dialog asks for those too.
 */
export const CONSENT_DIALOG_TEXT: readonly string[] = [
  `\\bcookies?\\b`, // en, de, fr, es, it, pt, nl, pl, id, and most sites in ja, zh, ko
  `ciastecz(ek|k)`, // pl ("ciasteczka", "ciasteczek")
  `куки`, // ru (and "файлы cookie")
  `informasjonskapsl`, // nb
  `çerez`, // tr
  `クッキー|쿠키`, // ja, ko
  `ملفات تعريف الارتباط|الكوكيز`, // ar
  `we and our( \\d+)? (partners|vendors)`,
  `wir und unsere( \\d+)? partner`,
  `nous et nos( \\d+)? partenaires`,
  `nosotros y nuestros( \\d+)? (socios|proveedores)`,
  `noi e i nostri( \\d+)? (partner|fornitori)`,
  `nós e os nossos( \\d+)? parceiros`,
  `wij en onze( \\d+)? partners`,
];

/**
 * What a dialog asking to allow notifications says somewhere in its text:
 * a request to turn them on or receive them, or "push notifications". Matched
 * anywhere in a dialog's text (see the `dialog` matcher), case-insensitive.
 * Not "notifications" alone: a site's own settings dialog lists those, and is
 * opened by the user (see `AskedFor`) where a prompt opens itself.
 */
export const NOTIFICATION_DIALOG_TEXT: readonly string[] = [
  `\\b(allow|enable|turn on|switch on|activate|get|receive|subscribe to|sign up for) (our |the )?(push |browser |desktop |web |breaking news )?(notifications|push alerts)\\b`,
  `\\b(show|send) you (push |browser )?notifications\\b`,
  `\\bget notified\\b`,
  `\\bpush notifications?\\b`,
  `(benachrichtigungen|mitteilungen) (aktivieren|erhalten|erlauben|einschalten|zulassen|abonnieren)`,
  `push-(benachrichtigung|mitteilung)`,
  `(activer|activez|recevoir|recevez|autoriser|autorisez|accepter|acceptez) (les |nos )?notifications`,
  `notifications push`,
  `(activar|activa|active|recibir|recibe|reciba|permitir|permite|permita) (las |nuestras )?notificaciones`,
  `notificaciones push`,
  `(attivare|attiva|ricevere|ricevi|consentire|consenti) (le |le nostre )?notifiche`,
  `notifiche push`,
  `(ativar|ative|ativa|receber|receba|permitir|permita) (as |nossas )?notificações`,
  `notificações push`,
  `(ontvang|activeer|sta) (de |onze )?(push)?meldingen`,
  `push(meldingen|berichten)`,
  `powiadomie(nia|ń) push`,
  `(włącz|zezwól na|otrzymuj) powiadomienia`,
  `push-уведомлен`,
  `(включите|разрешите|получайте|подпишитесь на) уведомления`,
  `bildirim(ler)?(e|i)? izin ver`,
  `bildirimleri (aç|etkinleştir)`,
  `プッシュ通知|通知を(許可|受け取|オンに)`,
  `推送通知|(开启|開啟|允许|允許|接收)通知`,
  `푸시 알림|알림 ?(을 )?(허용|받기|켜기)`,
  `(تفعيل|السماح ب|تلقي|استقبال) ?الإشعارات`,
];

/**
 * Feedback boxes and survey invitations on the page itself, by their heading:
 * "Was this article helpful?", "Rate this article", "Give us feedback",
 * "Take our reader survey". The question asked of the reader, never the
 * words "survey" or "feedback" alone: a story's heading may report a survey
 * or speak of feedback.
 */
export const FEEDBACK: readonly string[] = [
  // en
  `(was|is|did you find) this (article|page|story|post|information|content|answer) (helpful|useful)${TAIL}`,
  `how (would you rate|helpful was|useful was|did you like) this (article|page|story|post)${TAIL}`,
  `rate this (article|page|story|post)`,
  `(found|find|did you find|do you find) (the|this) (story|article|post) (interesting|useful|helpful)${TAIL}`,
  `we appreciate your (input|feedback)${TAIL}`,
  // a box headed by the word alone ("Feedback" + "Questions about this article? Write to us")
  `feedback`,
  `(give|send|share|leave) (us )?(your |some )?feedback`,
  `(take|complete) our (short |quick |brief )?(reader |readers' |reader's )?survey${TAIL}`,
  // a correction prompt: "Spotted an error? Let us know", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter"
  `(found|spotted|see|notice(d)?) (a|an) (typo|error|mistake)( in this (article|story))?( ?\\?.{0,60})?`,
  `report (a|an) (typo|error|correction)`,
  `(нашли|заметили) ошибку( ?\\?.{0,60})?`,
  `(знайшли|помітили) помилку( ?\\?.{0,60})?`,
  `(einen )?fehler (gefunden|entdeckt)( ?\\?.{0,60})?`,
  // de
  `(war|ist) (dieser|der|dieses|das|diese|die) (artikel|beitrag|text|seite|inhalt) hilfreich${TAIL}`,
  `wie (hat ihnen|gefällt ihnen|hat dir|gefällt dir) (dieser|der) (artikel|beitrag)${TAIL}`,
  `(artikel|beitrag) bewerten`,
  `(ihr|ihre|dein|deine) (feedback|meinung) (ist (uns )?(gefragt|wichtig)|zählt)${TAIL}`,
  `feedback geben`,
  `(nehmen sie an unserer|mach bei unserer) (kurzen )?umfrage teil${TAIL}`,
  // fr
  `(cet article|cette page|ce contenu) (vous )?a-t-(il|elle) (été utile|plu)${TAIL}`,
  `(notez|évaluez) (cet article|ce contenu|cette page)`,
  `donnez(-nous)? votre avis${TAIL}`,
  `votre avis (nous intéresse|compte)${TAIL}`,
  `(répondez|participez) à notre (court |petit )?(questionnaire|sondage|enquête)${TAIL}`,
  // es
  `(te|le) (ha )?(resultó|resultado|pareció|parecido|sido) útil (este|esta) (artículo|noticia|página|información|contenido)${TAIL}`,
  `(fue|es|ha sido) útil (este|esta) (artículo|noticia|página|información)${TAIL}`,
  `(valora|califica|puntúa) (este|esta) (artículo|noticia|contenido)`,
  `(danos|dinos|déjanos) tu opinión${TAIL}`,
  `(tu|su) opinión (nos importa|es importante|cuenta)${TAIL}`,
  `(responde|participa en) (a )?nuestra (breve )?encuesta${TAIL}`,
];

/**
 * What a dialog inviting the reader to a survey or asking for feedback says
 * somewhere in its text: a request to take part in a survey or questionnaire,
 * to give feedback, or the recommendation score question. Matched anywhere in
 * a dialog's text (see the `dialog` matcher), case-insensitive. Never "survey"
 * or "poll" alone: an image viewer's caption reports a survey's findings, and
 * a story's own poll is no dialog.
 */
export const SURVEY_DIALOG_TEXT: readonly string[] = [
  `\\b(take|complete|answer|fill out|fill in|participate in|take part in|start) (a |our |this |the |my )?(very |quick |short |brief |\\d+[- ]minutes?[- ]|one[- ]minute |two[- ]minute )*(survey|questionnaire)\\b`,
  `\\b(give|share|leave|send|tell) us (your |some |a little |a bit of )?(feedback|opinion|thoughts)\\b`,
  `\\b(give|share|leave) (your |some )?feedback\\b`,
  `\\btell us what you think\\b`,
  `\\b(we'd|we’d|we would) (love|like|appreciate) (to (hear|get|have) )?your (feedback|opinion|thoughts)\\b`,
  `\\bhow likely are you to recommend\\b`,
  `\\b(rate|tell us about) your experience\\b`,
  `(an )?(einer |unserer |dieser )?(kurzen |kleinen )?umfrage teil(zu)?nehmen`,
  `(ihr|ihre|dein|deine) (feedback|meinung) (ist uns wichtig|zählt|interessiert uns)`,
  `wie wahrscheinlich ist es, dass sie`,
  `(répondre|répondez|participer|participez) à (un |une |notre |ce |cette )?(court |courte |petit |petite |rapide )?(questionnaire|sondage|enquête)`,
  `(donnez|donner|partagez)(-nous)? votre avis`,
  `(responder|responde|responda|participar|participa|participe|completar|completa|complete|contestar|contesta) (en |a )?(una |nuestra |esta |la )?(breve |corta |pequeña |rápida )?encuesta`,
  `(danos|dinos|déjanos|compártenos) tu opinión`,
  `(partecipa|partecipare|rispondi|rispondere|compila|compilare) (a |al |alla )?(un |una |il |nostro |nostra |questo |questa )?(breve |piccolo |piccola |rapido )?(sondaggio|questionario)`,
  `(responder|responda|responde|participar|participe|preencher|preencha) (a |à |de |da |em |na )?(uma |nossa |esta |a )?(breve |rápida |curta |pequena )?pesquisa`,
  `(enquête|vragenlijst) (invullen|in te vullen)|deel(nemen)? aan (een |onze |deze )?(korte )?enquête`,
  `(wypełnij|wypełnić|weź udział w) (krótką |naszą |tę |krótkiej |naszej |tej )?(ankietę|ankiecie)`,
  `(пройдите|пройти|примите участие в) (наш |короткий |небольшой )?опрос`,
  `anket(e|imize|i) (katıl|doldur)`,
  `アンケートに(ご協力|回答|答え|お答え)`,
  `(参与|参加|填写)(我们的)?(问卷|调查)|(參與|參加|填寫)(我們的)?(問卷|調查)`,
  `설문(조사)?에 참여|설문(조사)?(을|를)? 작성`,
  `(شارك|المشاركة) في (الاستبيان|استطلاع)`,
];

export const TICKER: readonly string[] = [
  `breaking( news)?`,
  `just in`,
  `live( updates)?`,
  `eilmeldung`,
  `(dernière minute|en direct)`,
  `(última hora|en directo|último minuto|en vivo)`,
  `(ultim'ora|in diretta)`,
  `(urgente|ao vivo)`,
  `(pilne|na żywo)`,
  `(срочно|прямой эфир)`,
  `(терміново|пряма трансляція|наживо)`,
  `(aktuálně|právě teď|živě|naživo)`,
  `son dakika`,
  `速報`,
  `(突发|突發|快讯|快訊)`,
  `속보`,
  `عاجل`,
];

export const SOCIAL: readonly string[] = [
  `share( this| on| via)?( article| story| page| post)?`,
  `share or comment( on this (article|story))?`,
  `follow (us|me)( on( ${TAIL})?)?`,
  `(artikel |beitrag )?teilen`,
  `folgen sie uns${TAIL}`,
  `partager( cet article| sur( ${TAIL})?)?`,
  `suivez-nous${TAIL}`,
  `compartir( en( ${TAIL})?| esta noticia| este artículo)?`,
  `síguenos${TAIL}`,
  `condividi( questo articolo| su( ${TAIL})?)?`,
  `seguici( su( ${TAIL})?)?`,
  `compartilh(e|ar)( esta notícia| este artigo| no( ${TAIL})?)?`,
  `siga-nos( n[oa]s?( ${TAIL})?)?`,
  `(deel|delen)( dit artikel| via( ${TAIL})?)?`,
  `volg ons( op( ${TAIL})?)?`,
  `udostępnij( artykuł| na( ${TAIL})?)?`,
  `obserwuj nas( na( ${TAIL})?)?`,
  `поделиться( статьёй| статьей| новостью| в( ${TAIL})?)?`,
  `подписывайтесь на нас( в( ${TAIL})?)?`,
  `поділитися( статтею| новиною| в( ${TAIL})?)?`,
  `(підписуйтесь на нас|стежте за нами)( в( ${TAIL})?)?`,
  `dela( artikeln| på( ${TAIL})?)?`,
  `del (artiklen|artikkelen|saken|på ${TAIL})`,
  `(följ oss|følg os|følg oss)( på( ${TAIL})?)?`,
  `(sdílejte|sdílet|zdieľajte|zdieľať)( článek| článok)?`,
  `distribuie( articolul| pe( ${TAIL})?)?`,
  `megosztás|oszd meg( a cikket)?`,
  `κοινοπο[ιί]ηση|μοιραστε[ιί]τε( το)?`,
  `שתפו|שתף( את הכתבה)?|שיתוף`,
  `jaa( artikkeli| juttu| sivu)?`,
  `paylaş`,
  `bizi takip edin`,
  `bagikan( artikel ini| ke( ${TAIL})?)?`,
  `ikuti kami( di( ${TAIL})?)?`,
  `(シェア|共有)(する)?`,
  `(分享|关注我们|關注我們)(到${TAIL})?`,
  `(이 기사를 )?공유(하기|합니다)?`,
  `(شارك|مشاركة|تابعنا)( على( ${TAIL})?)?`,
];

/**
 * What the button of a cookie notice says: accept, agree, allow, OK, got it,
 * close. Whole labels, normalised like headings (see `normalizeLabel`): a
 * notice is found by such a button and by what the text around it says (see
 * the `notice` matcher), never by the button alone.
 */
export const CONSENT_BUTTON: readonly string[] = [
  // en
  `(i )?(accept|agree)( all| all cookies| cookies| and close| & close| and continue| & continue)?`,
  `allow( all)?( cookies)?`,
  `(ok|okay)( got it|, got it|, i agree| i agree| thanks)?`,
  `(got it|i understand|understood|dismiss|close|continue)`,
  // de
  `(alle )?(akzeptieren|annehmen|zulassen)( und schließen| & schließen| und weiter)?`,
  `(ich )?(stimme zu|bin einverstanden)`,
  `(zustimmen|einverstanden|verstanden|alles klar|schließen|weiter)( und weiter)?`,
  // fr
  `(tout )?accepter( et fermer| et continuer| tout)?`,
  `(j'accepte|d'accord|ok, d'accord|j'ai compris|compris|fermer|continuer)`,
  // es
  `aceptar( todo| todas| y cerrar| y continuar| cookies)?`,
  `(acepto|de acuerdo|entendido|vale|cerrar|continuar)`,
  // it / pt / nl
  `accett(a|o)( tutti| tutto)?`,
  `(ho capito|chiudi|continua|prosegui)`,
  `(aceitar|aceito|concordo|entendi|fechar|prosseguir|continuar)( todos| tudo)?`,
  `(alles )?accepteren`,
  `(akkoord|ik ga akkoord|sluiten|begrepen|oké)`,
  `(ik )?(snap|begrijp) het`,
  // pl / ru / tr / id
  `akceptuj(ę)?( wszystkie)?`,
  `(zgadzam się|rozumiem|zamknij|przejdź do serwisu|przechodzę do serwisu)`,
  `(принять|принимаю)( все)?`,
  `(согласен|понятно|закрыть)`,
  `(прийняти|приймаю)( всі| усі)?`,
  `(погоджуюсь|зрозуміло|закрити)`,
  `(godkänn|acceptera|tillåt|accepter|tillad|godkend|godta|aksepter|tillat)( alla| alle)?( cookies| informasjonskapsler)?`,
  `(jag godkänner|jeg accepterer|jeg godtar|jag förstår|jeg forstår|forstået|stäng|luk|lukk)`,
  `(souhlasím|přijmout vše|přijmout|rozumím|zavřít|súhlasím|prijať všetko|prijať|rozumiem|zavrieť)`,
  `(kabul et|kabul ediyorum|tamam|anladım|kapat)`,
  `(terima|setuju|saya setuju|mengerti|tutup)`,
  // ja / zh / ko / ar
  `(同意する|同意|承諾|閉じる)`,
  `(接受|同意|我同意|知道了|关闭|關閉)`,
  `(동의|확인|닫기)`,
  `(موافق|أوافق|قبول|إغلاق)`,
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

/**
 * Link targets of "follow us" buttons for a publisher's channel on a
 * messaging app or news reader: WhatsApp and Telegram channels, Google News,
 * Google's preferred sources. Regular-expression sources matched against
 * absolute URLs.
 */
export const CHANNEL_LINKS: readonly string[] = [
  `^https?://(www\\.)?whatsapp\\.com/channel/`,
  `^https?://(t|telegram)\\.me/[a-z0-9_]+/?$`,
  `^https?://news\\.google\\.com/publications/`,
  `^https?://(www\\.)?google\\.com/preferences/source\\b`,
];

/**
 * What such a button says: the service's name, or a call to follow or join.
 * A story's own link to a channel (a source it quotes) names the channel,
 * and none of these. Regular-expression sources matched anywhere in the
 * link's text, `aria-label` or `title`, case-insensitively.
 */
export const CHANNEL_LINK_TEXT: readonly string[] = [
  `whatsapp|telegram|google`,
  `\\b(follow|join|subscribe)\\b`, // en
  `\\b(folgen?|folgt|abonnieren)\\b`, // de
  `\\b(suivez|suivre|rejoignez|rejoindre|abonnez)`, // fr
  `\\b(sigue|síguenos|siga|seguir|únete|unirse|suscríbete)`, // es, pt
  `\\b(segui|seguici|unisciti|iscriviti)\\b`, // it
  `\\b(volg|abonneer)`, // nl
  `\\b(obserwuj|dołącz)`, // pl
  `подпис|присоедин`, // ru
  `підпис|приєдн`, // uk
  `takip|katıl`, // tr
  `\\b(ikuti|gabung)`, // id
];

/**
 * Link targets of shops' affiliate programmes: a store's link carrying a
 * publisher's tag, and the networks' redirects. Regular-expression sources
 * matched against absolute URLs.
 */
export const AFFILIATE_LINKS: readonly string[] = [
  `^https?://(www\\.|smile\\.)?amazon\\.[a-z.]+/[^#]*[?&](tag|ascsubtag)=`,
  `^https?://(amzn\\.(to|eu)|geni\\.us|howl\\.me|prf\\.hn|shop-links\\.co|go\\.skimresources\\.com|redirect\\.viglink\\.com|click\\.linksynergy\\.com|(www\\.)?(awin1|anrdoezrs|dpbolvw|jdoqocy|tkqlhce|kqzyfj)\\.(com|net)|shareasale\\.com|[a-z0-9-]+\\.(sjv\\.io|7tiv\\.net|pxf\\.io|evyy\\.net))/`,
  `^https?://(www\\.)?booking\\.com/[^#]*[?&]aid=`,
  `[?&](affiliate(_?id|code)?|aff(_?id)?|partner_?id|affiliateCode)=`,
];

/**
 * What a shop's button says: buy, book, check the price, or a price "at" a
 * shop. A story's own link to a product names it ("the Anker 737"), and
 * none of these. Matched anywhere in the link's text, `aria-label` or
 * `title`, case-insensitively.
 */
export const SHOP_LINK_TEXT: readonly string[] = [
  `\\b(buy|shop|order|book)( it| now| today| this| them| the| a| an| on| at| from| direct)?\\b`, // en
  `\\b(send|order) (flowers|a gift|gifts|a sympathy gift)\\b`,
  `\\b(rent|buy) (it |the film |the movie )?on\\b|\\bwatch (it )?(on|now)\\b|\\bstream (it|now|on)\\b`,
  `\\b(check|see|view|compare|get) (the )?(latest |best |today's )?(price|prices|deal|deals|availability|rates|offer)\\b`,
  `[$€£¥]\\s?\\d[\\d.,]*\\s(at|on|from)\\s|\\d[\\d.,]*\\s?[€£]\\s(at|on|from|bei|chez|en|su|na|hos|på)\\s`,
  `\\b(kaufen|bestellen|buchen|zum angebot|preis prüfen|bei amazon)\\b`, // de
  `\\b(acheter|commander|réserver|voir (le prix|l'offre)|chez amazon)`, // fr
  `\\b(comprar|reservar|ver (precio|oferta)|en amazon)\\b`, // es, pt
];

/**
 * Link targets of a newsletter's sign-up page on the site itself ("/newsletters",
 * "/newsletter/morning-brief", "/boletin") or at a mailing-list service.
 * Regular-expression sources matched against the link's `href` as written.
 */
export const NEWSLETTER_LINKS: readonly string[] = [
  // a path's segment, in the raw `href` (absolute, or a path on the site); unanchored, so the test is one pass
  `/(newsletters?|newsletter-signup|e-?mail-newsletters?|boletin(es)?|infolettres?|nieuwsbrief)([/?#._-]|$)`,
  `^https?://[^/?#]*\\.list-manage\\.com/subscribe`,
  `^https?://[^/?#]+\\.substack\\.com/subscribe`,
];

/**
 * Links to a publication's subscription or membership page: a path's segment ("/subscribe",
 * "/subscriptions/offers", "/abonnement", "/membership"), in the raw `href`.
 */
export const SUBSCRIBE_LINKS: readonly string[] = [
  `/(subscribe|subscriptions?|subscriber-offers?|membership|abonnement|abonnieren|abo|suscripcion(es)?|suscribete|assinatura|abbonamenti|abonneren|prenumerera|prenumeration|abonner|abonnere|peredplata|pidpyska)([/?#._-]|$)`,
];

/** What such a link says: a call to subscribe, join or buy the print edition. */
export const SUBSCRIBE_LINK_TEXT: readonly string[] = [
  `\\b(subscribe|subscription|become a (member|subscriber)|join (us|now|today)|get (the|our) print edition)\\b`, // en
  `\\b(abonnieren|abonnement|abo abschließen|jetzt testen)\\b`, // de
  `\\b(abonnez|abonner|abonnement)|\\bm['’]abonne\\b`, // fr
  `\\b(suscr[ií]b|suscripci[oó]n|hazte socio)`, // es
  `\\b(abbonati|abbonamento)\\b`, // it
  `\\b(assine|assinatura)\\b`, // pt
  `\\b(abonneer|abonnement|word abonnee)`, // nl
  `\\b(prenumerera|prenumeration|abonnér|abonner|abonnere)`, // sv, da, nb
  `передплат|оформити підписку`, // uk
];

/** Links to an organisation's donation page: a path's segment ("/donate", "/donations/…", "/spenden", "/faire-un-don"), in the raw `href`. */
export const DONATE_LINKS: readonly string[] = [
  `/(donate|donations?|give|giving|spenden|faire-un-don|dona|donar|doe|doneer)([/?#._-]|$)`,
];

/** What such a link says: a call to give. */
export const DONATE_LINK_TEXT: readonly string[] = [
  `\\b(donate|give( now| today| monthly)?|make a (gift|donation)|support us)\\b`, // en
  `\\b(jetzt spenden|spenden)\\b`, // de
  `\\b(faire un don|je donne|donner)\\b`, // fr
  `\\b(donar|dona ahora|haz un donativo)\\b`, // es
  `\\b(doe|doar|doneer)\\b`, // pt, nl
];

/**
 * What such a link says: a call to sign up or subscribe. A story's link to a
 * newsletter it writes about names it ("the Morning Brief"), and none of
 * these. Matched anywhere in the link's text, `aria-label` or `title`,
 * case-insensitively.
 */
export const NEWSLETTER_LINK_TEXT: readonly string[] = [
  `\\b(sign ?up|subscribe|register|get (it|them|(the|our) ([^ ]+ ){0,4}newsletters?))\\b`, // en: "Get the Lantern's weekly food newsletter"
  `\\b(anmelden|abonnieren|registrieren)\\b`, // de
  `\\b(inscri(s|vez|re|ption)|abonnez|s'abonner)`, // fr: "Je m'inscris"
  `\\b(suscr[ií]b|ap[uú]nt|reg[ií]str)`, // es
  `\\b(iscriviti|abbonati)\\b`, // it
  `\\b(assine|inscreva|cadastre)`, // pt
  `\\b(aanmelden|abonneer|schrijf je in)`, // nl
  `訂閱|订阅|購読|登録|구독`, // zh, ja, ko
];

/**
 * Link targets of share buttons: the networks' share dialogs ("sharer",
 * "intent/tweet", "shareArticle"), messaging apps' "send this" links, and a
 * mail with a subject and nothing else. A story links to a network's
 * pages, never to these. Matched against the link's `href` as written.
 */
export const SHARE_LINKS: readonly string[] = [
  `^(https?:)?//(www\\.|m\\.)?facebook\\.com/(sharer|share\\.php|dialog/(share|feed|send))`,
  `^(https?:)?//(www\\.|mobile\\.)?(twitter|x)\\.com/(intent/(tweet|post)|share\\b)`,
  `^(https?:)?//(www\\.)?linkedin\\.com/(sharing/share-offsite|shareArticle|cws/share)`,
  `^(https?:)?//(www\\.|[a-z]{2}\\.)?pinterest\\.[a-z.]+/pin/create`,
  `^(https?:)?//(www\\.)?reddit\\.com/submit`,
  `^(https?:)?//(api\\.whatsapp\\.com/send|wa\\.me/\\?text=|web\\.whatsapp\\.com/send)`,
  `^whatsapp://send`,
  `^(https?:)?//(t|telegram)\\.me/share`,
  `^(https?:)?//(www\\.)?tumblr\\.com/(share|widgets/share)`,
  `^(https?:)?//(share\\.flipboard\\.com|getpocket\\.com/(save|edit))`,
  `^(https?:)?//(vk\\.com/share\\.php|connect\\.ok\\.ru/offer|social-plugins\\.line\\.me/lineit/share|bsky\\.app/intent/compose)`,
  `^(https?:)?//(story\\.kakao\\.com/(s/)?share|sharer\\.kakao\\.com|(www\\.)?band\\.us/plugin/share|service\\.weibo\\.com/share)`,
  `^(https?:)?//(www\\.)?blogger\\.com/share-post\\.g\\b`,
  `^mailto:\\?(subject|body)=`,
];
