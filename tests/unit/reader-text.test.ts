import { describe, expect, it } from 'vitest';
import { articleBodyText } from '../../utils/engine/reader-text';
import { page } from '../helpers/dom';

const P = (n: number) => `<p>Paragraph ${n} of the story, long enough to be running text, with clauses, commas and a full stop at the end of it.</p>`;
const body = (html: string) => articleBodyText(page(`<div id="c">${html}</div>`).getElementById('c')!, 'County fair to move to new grounds');

describe('articleBodyText: running text only', () => {
  it.each([
    ['figure captions', `${P(1)}<figure><img src="data:," alt="x"><figcaption>The bridge at dawn. Photo: staff</figcaption></figure>${P(2)}`, 'The bridge at dawn'],
    ['caption markup', `${P(1)}<div class="image-caption">Crowds on the quay</div>${P(2)}`, 'Crowds on the quay'],
    ['a short credit line right after an image', `${P(1)}<div><img src="data:," alt="x"></div><span>Getty Images</span>${P(2)}`, 'Getty Images'],
    ['a line equal to an image\'s alt text', `${P(1)}<img src="data:," alt="Engineers on the new turbine frame"><p>Engineers on the new turbine frame</p>${P(2)}`, 'Engineers on the new turbine frame'],
    ['a leading byline and date', `<p>By Jane Smith</p><p>Published: 10:48, Tue, Nov 19, 2019</p>${P(1)}${P(2)}`, 'Jane Smith'],
    ['a trailing "contributed" line', `${P(1)}${P(2)}<p>Fox News' Jessica Doe contributed to this report.</p>`, 'contributed to this report'],
    ['a "Read more:" link line', `${P(1)}<p><a href="/x">READ MORE: Ferry fares to rise in spring</a></p>${P(2)}`, 'Ferry fares'],
    ['an "ALSO READ:" line, its lead-in outside the link', `${P(1)}<p>ALSO READ: <a href="/x">Old bridge to close for repairs after the storm</a></p>${P(2)}`, 'Old bridge'],
    ['a "Lire aussi |" line', `${P(1)}<p><span>Lire aussi</span> | <a href="/x">Les abeilles sauvages menacées par la sécheresse</a></p>${P(2)}`, 'abeilles'],
    ['a "Leia também:" line', `${P(1)}<p>Leia também: <a href="/x">Temporal derruba árvores na capital</a></p>${P(2)}`, 'Temporal'],
    ['an in-body newsletter promo', `${P(1)}<p>Sign up for our newsletter and get the best stories in your inbox</p>${P(2)}`, 'Sign up'],
    ['a trailing list of links', `${P(1)}${P(2)}<h3>More stories</h3><ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul>`, 'Another story'],
    ['trailing lines that are one link each', `${P(1)}${P(2)}<p><a href="/v">Review: the quiet kettle we liked best [Video]</a></p><p><strong><a href="/y">Our channel on video</a></strong></p>`, 'quiet kettle'],
    ['a caption that ends with its credit', `${P(1)}<p><span>Harbour cranes at dusk <span>(Image: Port archive)</span></span></p>${P(2)}`, 'Harbour cranes'],
    ['a caption and its credit in a small wrapper', `${P(1)}<p><img src="data:,"></p><div><p>The mill in 1910, two years before the fire that closed it.</p><p><i>Photo: county records office</i></p></div>${P(2)}`, 'The mill in 1910'],
    ['an agency credit line', `${P(1)}<p>Jane Roe | Harbour Times | Getty Images</p>${P(2)}`, 'Jane Roe'],
    ['a credit after a label of its own', `${P(1)}<div><dl><dt>Фото:</dt><dd>архив автора</dd></dl></div>${P(2)}`, 'архив автора'],
    ['photo credits with ©', `${P(1)}<p>Lantern walk, installation views, photos © Studio Nord, 2018</p>${P(2)}`, 'Studio Nord'],
    ['what a figure holds besides a quote or a table', `${P(1)}<figure><span><span>Image copyright</span> <span>Wire agency</span></span><div><p><img src="data:,"></p><p>This player does not work in your browser</p></div></figure>${P(2)}`, 'player does not work'],
    ['a long figure caption', `${P(1)}<figure><img src="data:,"><figcaption>${'The layout of the module, room by room, with its hatches and racks. '.repeat(12)}</figcaption></figure>${P(2)}`, 'layout of the module'],
    ['a caption paired with its image in a wrapper', `${P(1)}<div><p><img src="data:,"></p><p><span>The new keyboard, closer up</span></p></div>${P(2)}`, 'keyboard, closer up'],
    ['a newsletter box whose button stands apart', `<div><h2>Morning Briefing Emails</h2><div><p>The stories that matter, delivered weekday mornings.</p><p><a href="/s">SUBSCRIBE</a></p></div></div>${P(1)}${P(2)}`, 'delivered weekday'],
    ['a "Subscribe to our newsletter" heading', `${P(1)}${P(2)}<h2><a href="/n">Click here to subscribe to the Harbour Newsletter</a></h2>`, 'Harbour Newsletter'],
    ['a lone "Read more" line', `${P(1)}<div><p>Read More</p></div>${P(2)}`, 'Read More'],
    ['a trailing "(Reporting by …)" line', `${P(1)}${P(2)}<p>(Reporting by Ann Lee; Editing by Bo Park)</p>`, 'Ann Lee'],
    ['a trailing "contributed reporting" line', `${P(1)}${P(2)}<p>Carla Mendes contributed reporting from Lisbon.</p>`, 'Carla Mendes'],
    ['a trailing "Write to" address', `${P(1)}${P(2)}<p>Write to Sam Hill at sam.hill@example.com</p>`, 'Sam Hill'],
    ['a leading date in Portuguese', `<p>sexta-feira, 22 de outubro de 2010 às 20:13</p>${P(1)}${P(2)}`, 'outubro'],
    ['a standfirst above the date', `<p>The council has a plan to halve the cost of bus fares by the end of the decade, and to double the routes.</p><p><time>November 20, 2019</time></p>${P(1)}${P(2)}`, 'halve the cost'],
    ['a trailing list of teasers under a heading', `${P(1)}${P(2)}<hr><p>More Great Harbour Stories</p><ul><li>Ferry crews must unionize, <a href="/a">no matter what the owners say</a></li><li>The plan to boost tugs <a href="/b">with a small jet engine</a></li></ul>`, 'Ferry crews'],
    ['an italic line right after an image', `${P(1)}<p><a href="/i"><img src="data:,"></a></p><p><em>Lantern Walk by Studio Nord</em></p>${P(2)}`, 'Lantern Walk'],
    ['a long trailing citation line', `${P(1)}${P(2)}<p>Citation: ${'Harbour cranes would need smaller berths (2019, November 18) retrieved 20 November 2019 from the site. '.repeat(2)}</p>`, 'smaller berths'],
    ['a leading date in German', `<p>Dienstag, 3. März 2020, 14:05 Uhr</p>${P(1)}${P(2)}`, 'März'],
    ['a support appeal', `${P(1)}${P(2)}<p>If you value our reporting on the islands, please support the Harbour Times with a monthly donation.</p>`, 'monthly donation'],
    ['a membership box: its heading, the appeal in two lengths, its button', `${P(1)}${P(2)}<div><h4>One more thing</h4><div><div><p>If you enjoyed this article, here is an offer: join Harbour Plus. Members read every story and the quarterly magazine, with no paywall.</p></div><div><p>If you enjoyed this article, join Harbour Plus.</p></div><a href="/plus">LEARN MORE</a></div></div>`, 'One more thing'],
    ['a byline with its date in a span glued to it', `<p><span>By Priya Natarajan</span><span>July 30, 2019 at 5:00 a.m. EDT</span></p>${P(1)}${P(2)}`, 'Natarajan'],
    ['a byline in capitals with the agency', `<p>BY MARIA OCHOA, Associated Press</p>${P(1)}${P(2)}`, 'OCHOA'],
    ['a closing note on the author', `${P(1)}${P(2)}<p><em>Nora Beck is a writer based in Portland, Maine. Her last piece for the Review was about the canneries.</em></p>`, 'Nora Beck'],
    ['a closing "appears in the issue" line', `${P(1)}${P(2)}<p><em>This article appears in the September 2019 issue.</em></p>`, 'September 2019 issue'],
    ['a kicker, a standfirst and a byline with a dot between name and date', `<p>Société</p><p>Aux heures d'entrée et de sortie des classes, cinq rues sont fermées aux voitures depuis la rentrée.</p><p>Par Claire Dubois · Publié le 7 octobre 2019 à 11h20</p>${P(1)}${P(2)}`, 'cinq rues'],
    ['a closing signature with the place', `${P(1)}${P(2)}<p>Claire Dubois (Lyon, correspondante)</p>`, 'Claire Dubois'],
    ['an opinion page\'s disclaimer after the author\'s note', `${P(1)}${P(2)}<p><em>Teresa Moreno is a retired teacher and a former member of the library board.</em></p><p><em>The views expressed in this column are the author's own.</em></p>`, 'retired teacher'],
    ['a "Lire aussi" link line with no colon', `${P(1)}<p>Lire aussi <a href="/x">Pollution : des capteurs installés dans cent écoles</a></p>${P(2)}`, 'capteurs'],
    ['an upsell that ends on its button', `${P(1)}<p><strong>Get alerts on Cascadia Air</strong> and other companies you follow with a Market Wire Pro subscription. <a href="/pro">Learn more</a></p>${P(2)}`, 'Get alerts'],
    ['an author box after the story, its heading and all', `${P(1)}${P(2)}<div><img src="data:," alt="Jane"><div><h3>About the author</h3><p>Jane writes about towns and the everyday economy.</p></div></div>`, 'everyday economy'],
    ['a "Written by" box with its counts', `${P(1)}${P(2)}<div><h2>Written by Hana Okafor</h2><p>312 Followers · Writer for Small Business Notes</p><p>Baker in Leeds. Writing about food and small business.</p><button>Follow</button></div>`, 'Baker in Leeds'],
    ['a short standfirst above a name and a numeric date', `<p>De brug moet in 2022 klaar zijn en fietsers een omweg besparen.</p><div><span>Marieke de Vries</span> <time>12-03-19, 16:40</time></div>${P(1)}${P(2)}`, 'omweg besparen'],
    ['a player\'s title between the paragraphs', `${P(1)}<div><div>Video: Margaret's emotional finish</div></div>${P(2)}`, 'emotional finish'],
    ['a short standfirst above a numeric date', `<h2>Obras devem durar oito meses; comerciantes vão trabalhar ao lado do prédio.</h2><p>20/11/2019 19h32 · Atualizado há 2 anos</p>${P(1)}${P(2)}`, 'oito meses'],
    ['an affiliate disclosure', `${P(1)}${P(2)}<p>Circuitry may earn a commission when you buy through links on this page.</p>`, 'commission'],
    ['a long affiliate disclosure above the story', `<p><em>Kitchen Notes is reader-supported. When you buy through links on our site, we may earn an affiliate commission.</em></p>${P(1)}${P(2)}`, 'reader-supported'],
    ['an Amazon Associate\'s disclosure above the story', `<p><em>This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.</em></p>${P(1)}${P(2)}`, 'Amazon Associate'],
    ['a recipe card\'s rating, times and call (WP Recipe Maker)', `${P(1)}${P(2)}<div class="wprm-recipe"><h2 class="wprm-recipe-name">Harbour loaf</h2><div class="wprm-recipe-rating">5 from 38 votes</div><div class="wprm-recipe-times-container">Prep 15 mins · Cook 1 hr</div><ul class="wprm-recipe-ingredients"><li>115 g butter</li><li>2 eggs</li></ul><div class="wprm-call-to-action"><span>Tried this recipe?</span> Mention @harbourkitchen</div></div>`, '38 votes'],
    ['a standfirst marked "teaser" above the story', `<p class="ratgeber__teaser">Mit einfachen Mitteln lassen sich die Heizkosten senken.</p>${P(1)}${P(2)}`, 'Heizkosten'],
    ['a Thai "read more" line', `${P(1)}<p><strong>อ่านเพิ่มเติม</strong> <a href="/x">โครงการฟื้นฟูคลองคืบหน้ากว่าครึ่ง</a></p>${P(2)}`, 'โครงการฟื้นฟู'],
    ['a name, a place and a numeric date above the story', `<div><span>Pablo Sanz</span> <time>Madrid, 08/12/2019 - 21:45 h.</time></div>${P(1)}${P(2)}`, 'Pablo Sanz'],
    ['a press release\'s closing contact block and source line', `${P(1)}${P(2)}<p>Media Contact:<br>Jordan Ellis<br>press@example.com<br>412-555-0142</p><p>SOURCE Northwind Robotics</p>`, 'Jordan Ellis'],
    ['an Argentine "Mirá también:" line', `${P(1)}<p><strong>Mirá también:</strong> <a href="/x">Suben las tarifas del subte desde enero</a></p>${P(2)}`, 'Suben las tarifas'],
    ['a columnist\'s closing contact line', `${P(1)}${P(2)}<p><em>Walt Greene can be reached at wgreene@example.com. Letters to the editor: letters@example.com.</em></p>`, 'can be reached'],
    ['a German standfirst ("Vorspann")', `<p class="artikel__vorspann">Joker Lenz trifft in der Nachspielzeit.</p>${P(1)}${P(2)}`, 'Joker Lenz'],
    ['a trailing editor\'s credit', `${P(1)}${P(2)}<p>Editor: Bambang Wijaya</p>`, 'Bambang'],
    ['a leading line that repeats the title (a page with no heading tags)', `<p><b>County fair to move to new grounds</b></p>${P(1)}${P(2)}`, 'County fair'],
    ['a trailing line of utility links and the bars between them', `${P(1)}${P(2)}<p><a href="/email">E-mail this story</a> | <a href="/print">Printer-friendly version</a> | <a href="#top">Back to top</a></p>`, 'Printer-friendly'],
    ['a trailing call for news tips', `${P(1)}${P(2)}<p>Have a news tip? Email <a href="mailto:news@example.com">news@example.com</a> or call 555-0100.</p>`, 'news tip'],
    ['a line of links to the article\'s own sections', `${P(1)}<div><strong>Jump to:</strong> <a href="#best">Best overall</a> · <a href="#budget">Best budget</a> · <a href="#how">How we tested</a></div>${P(2)}`, 'Best budget'],
    ['a table of contents with its title', `<h2>In this article</h2><ul><li><a href="#why">Why it matters</a></li><li><a href="#how">How it works</a></li><li><a href="#next">What comes next</a></li></ul>${P(1)}${P(2)}`, 'How it works'],
    ['a Czech standfirst ("perex") and a byline with a date written with spaces', `<div><span>Tomáš Novák</span> <time>12. 5. 2021 17:30</time></div><p class="clanek__perex">Rekonstrukce koupaliště se protáhne o rok.</p>${P(1)}${P(2)}`, 'Novák'],
    ['a date whose year runs into the time', `<p>August 31, 20225:14 PM UTCUpdated 3 months ago</p>${P(1)}${P(2)}`, 'UTC'],
    ['a columnist\'s closing note on herself, in the first person', `${P(1)}${P(2)}<p>I'm a workplace writer and former HR director. I've spent 15 years helping companies rethink how they work.</p>`, 'workplace writer'],
    ['a Japanese portal\'s date line', `<p>3/10(木) 19:05配信 西都新聞</p>${P(1)}${P(2)}`, '配信'],
    ['a Korean paper\'s approval date, comment count and closing reporter lines', `<ul><li>김민준 기자</li><li>승인 2022.05.02 14:21</li><li>댓글 0</li></ul>${P(1)}${P(2)}<p>김민준 기자 mjkim@namhae.example</p>`, '기자'],
    ['a standfirst marked "subhead" above the story', `<p class="article__subhead"><em>The plant will supply a third of the kingdom's drinking water.</em></p>${P(1)}${P(2)}`, "kingdom's drinking water"],
    ['a columnist\'s closing address, post box and all', `${P(1)}${P(2)}<p><i>Write to Marlene Ortiz at askmarlene@example.com or P.O. Box 1200, Fresno, CA 93700.</i></p>`, 'P.O. Box'],
    ['a machine transcript\'s note', `${P(1)}<h2>Transcript</h2><p><i>This transcript was produced by a machine and edited for clarity.</i></p>${P(2)}`, 'produced by a machine'],
    ['a time before the date above the story', `<p>15:42 15.06.2022 (обновлено: 16:05 15.06.2022)</p>${P(1)}${P(2)}`, 'обновлено'],
    ['an agency\'s closing source line in Arabic', `${P(1)}${P(2)}<p>المصدر : وكالة الشرق للأنباء + رويترز</p>`, 'المصدر'],
    ['a wire story\'s closing credit and update note', `${P(1)}${P(2)}<p><i>— With assistance from Grant Smith</i></p><p><i>(Updates with prices in second paragraph.)</i></p>`, 'assistance'],
    ['a call for confidential tips', `${P(1)}${P(2)}<p>Have a confidential tip for our reporters? <a href="/tips">Get in touch</a></p>`, 'confidential tip'],
    ['a Finnish standfirst ("ingressi") and a Hungarian byline with the year first', `<p class="ingressi">Uusi osuus lisää radan pituutta lähes viidellä kilometrillä.</p><div><span>Kovács Eszter</span> <time>2022.04.07. 10:32</time></div>${P(1)}${P(2)}`, 'Kovács'],
    ['a summary above the story', `<p class="story-summary">Honeybees trained with sugar rewards picked the fourth landmark on a path.</p>${P(1)}${P(2)}`, 'Honeybees'],
    ['a newsroom\'s byline', `<p>By the Current staff · Sept. 16, 2022</p>${P(1)}${P(2)}`, 'Current staff'],
    ['a "Key Points" box above the story', `<div class="kp"><div>Key Points</div><ul><li>The airline ordered 40 jets.</li><li>Demand is back.</li></ul></div>${P(1)}${P(2)}`, 'ordered 40 jets'],
    ['an inline video\'s promo', `${P(1)}<div class="v"><div>watch now</div><div>VIDEO 03:12</div><div>Airline chiefs say summer demand is strong</div></div>${P(2)}`, 'summer demand'],
    ['a film review\'s closing credits', `${P(1)}${P(2)}<p><em>"The Quiet Harbor." Rated PG-13 for language. 112 minutes. In theaters.</em></p>`, 'PG-13'],
    ['a trailing wire credit in an Indian paper', `${P(1)}${P(2)}<div>(With inputs from PTI)</div>`, 'inputs from'],
    ['a closing call to download the paper\'s app', `${P(1)}${P(2)}<p><i>Catch all the Business News and Latest News Updates on The Deccan Standard. Download The Deccan Standard News App to get Daily Market Updates.</i></p>`, 'Catch all'],
    ['a breadcrumb trail', `<div class="article__breadcrumb"><a href="/local">Local</a> / <a href="/local/city">City</a></div>${P(1)}${P(2)}`, 'Local'],
    ['a row of tags after the story', `${P(1)}${P(2)}<div class="tags"><a href="/t/a">harbour bridge</a> <a href="/t/b">transport</a></div>`, 'harbour bridge'],
    ['a live blog\'s time stamps over its entries', `<p class="time">15:42</p><h2>Power cut</h2>${P(1)}<p><time>9:02am GMT</time></p><h2>Warning extended</h2>${P(2)}`, ':'],
  ])('leaves out %s', (_what, html, gone) => {
    const text = body(html);
    expect(text).not.toContain(gone);
    expect(text).toContain('Paragraph 1 of the story');
    expect(text).toContain('Paragraph 2 of the story');
  });

  it.each([
    ['a heading right after an image', `${P(1)}<p><img src="data:," alt="x"></p><h2>What you need</h2>${P(2)}`, 'What you need'],
    ['a paragraph after a portrait in the story', `${P(1)}<div><img src="data:," alt="Jane"><div><h3>Jane Roe</h3><p>Jane, who runs the harbour café, has seen the change first hand.</p></div></div>${P(2)}`, 'seen the change first hand'],
    ['a sentence that starts with "Also read:" and links a word', `${P(1)}<p>Also read: the council's report, which <a href="/r">was published</a> on Tuesday, says the bridge is safe for now.</p>${P(2)}`, "council's report"],
    ['a sentence that starts with "Related:"', `${P(1)}<p>Related: the authority's own survey found that small appliances are discarded most.</p>${P(2)}`, "authority's own survey"],
    ['a how-to list item that says "sign up"', `${P(1)}<ul><li>Sign up for a free account with the same email</li><li>Confirm it</li></ul>${P(2)}`, 'Sign up for a free account'],
    ['headings and lists of the story', `<h2>How it works</h2>${P(1)}<ul><li>First point</li><li>Second point</li></ul>${P(2)}`, 'Second point'],
    ['a table\'s cells before the first paragraph, after a date', `<p>Oct. 22, 2010</p><table><tr><td>1</td><td>Ana Costa</td><td>5040</td></tr></table>${P(1)}${P(2)}`, 'Ana Costa'],
    ['a first paragraph followed by the story, no date between', `<p>The council has a plan to halve the cost of bus fares by the end of the decade, and to double the routes.</p>${P(1)}<p>Updated in spring, the plan has a budget.</p>${P(2)}`, 'halve the cost'],
    ['a closing list of steps, each with a link', `${P(1)}${P(2)}<p>To apply:</p><ul><li>Fill in <a href="/f">the form</a> online</li><li>Send it to <a href="/o">the office</a> by May</li></ul>`, 'Fill in the form'],
    ['an italic sentence of the story after an image', `${P(1)}<p><img src="data:,"></p><p><em>${'It was, the keeper said, the longest winter any of them could remember on the island. '.repeat(3)}</em></p>${P(2)}`, 'longest winter'],
    ['a quote set in a figure', `${P(1)}<figure><blockquote><p>We never closed the gates, not once in forty years.</p></blockquote><figcaption>The keeper</figcaption></figure>${P(2)}`, 'never closed the gates'],
    ['a table set in a figure', `${P(1)}<figure><table><tr><td>Tonnes landed in spring</td><td>410</td></tr></table></figure>${P(2)}`, 'Tonnes landed'],
    ['a bold line after an image in running text', `${P(1)}<p><a href="/x"><img src="data:,"></a><strong>Clip the coupon first</strong><br><br>Then the price drops at the checkout, as the shop says it will.</p>${P(2)}`, 'Clip the coupon first'],
    ['a sentence that names its source', `${P(1)}<p>Officials said the source of the leak was found on Tuesday, after a week of digging.</p>${P(2)}`, 'source of the leak'],
    ['a sentence of the story that starts "If you liked"', `${P(1)}<p>If you liked the old ferry timetable, the new one will disappoint: two sailings a day are gone.</p>${P(2)}`, 'old ferry timetable'],
    ['the story beside an appeal in the same wrapper', `<div>${P(1)}<p>The keeper still lights the lamp at dusk.</p><p>If you enjoyed this story, subscribe to the Harbour Times.</p></div>${P(2)}`, 'lights the lamp at dusk'],
    ['a heading of the story that starts "Written by", before its last paragraph', `${P(1)}<h2>Written by hand, read by thousands</h2>${P(2)}`, 'Written by hand'],
    ['a sentence that starts "Watch:" and ends as one', `${P(1)}<p>Watch: the footage shows the old bridge falling into the river.</p>${P(2)}`, 'old bridge falling'],
    ['a short first line with no date under it', `<p>The council met on Tuesday night, and the vote was close.</p>${P(1)}${P(2)}`, 'vote was close'],
    ['a note on someone in the middle of the story', `${P(1)}<p>Nora Beck is a writer based in Portland, and she was the first to see the boat.</p>${P(2)}`, 'first to see the boat'],
    ['a closing line of the story that starts with a name and a sentence', `${P(1)}${P(2)}<p>Elias Marr is a patient man. He will wait for the boat.</p>`, 'patient man'],
    ['a story\'s sentence that starts "By" and a name', `<p>By Tuesday Harbour Point had 30 boats in the water again, twice as many as the week before.</p>${P(1)}${P(2)}`, 'Harbour Point had 30'],
    ['a sentence that starts "Lire aussi" with little link in it', `${P(1)}<p>Lire aussi le rapport de la commission, publié <a href="/r">mardi</a>, qui recommande de fermer le pont</p>${P(2)}`, 'rapport de la commission'],
    ['a sentence about a subscription', `${P(1)}<p>Listeners get the new feature with a Premium subscription, the company said on Tuesday.</p>${P(2)}`, 'Premium subscription'],
    ['a list of links to other pages', `${P(1)}<ul><li><a href="/why">Why it matters</a></li><li><a href="/how">How it works</a></li><li><a href="/next">What comes next</a></li></ul>${P(2)}`, 'How it works'],
    ['a sentence with a footnote link', `${P(1)}<p>The tide rose two metres, more than <a href="#note-1">[1]</a> in any year since <a href="#note-2">[2]</a> records began.</p>${P(2)}`, 'tide rose two metres'],
    ['a timetable\'s times in its cells', `${P(1)}<table><tr><td>07:15</td><td>Harbour</td></tr><tr><td>07:45</td><td>Quay</td></tr></table>${P(2)}`, '07:45'],
    ['a story\'s sentence that tells readers to download an app, before its last paragraph', `${P(1)}<p>Drivers must download the city's parking app to pay, the council said.</p>${P(2)}`, 'parking app'],
    ['a closing sentence that starts "Changes to"', `${P(1)}${P(2)}<p>Changes to the scheme come into force next April.</p>`, 'Changes to the scheme'],
    ['a first sentence that starts "By the staff"', `<p>By the staff's own count, the ferry ran late on 40 days last year, more than ever before.</p>${P(1)}${P(2)}`, "staff's own count"],
    ['a list under "Highlights" inside the story', `${P(1)}<h3>Highlights</h3><ul><li>The harbour wall was rebuilt.</li><li>The quay reopened.</li></ul>${P(2)}`, 'harbour wall was rebuilt'],
    ['a closing sentence that starts "Rated"', `${P(1)}${P(2)}<p>Rated the best small museum in the state, it reopens in May.</p>`, 'Rated the best'],
    ['a sentence that starts with a time', `${P(1)}<p>14:05 was when the barrier closed, the council said.</p>${P(2)}`, 'barrier closed'],
    ['a sentence that starts with an editor\'s name and goes on', `${P(1)}${P(2)}<p>Editor Maria Lopez said the paper would follow the story.</p>`, 'Maria Lopez said'],
    ['a heading of the story that shares words with the title', `${P(1)}<h2>Why the county fair has to move</h2>${P(2)}`, 'has to move'],
    ['a recipe card\'s ingredients and steps', `${P(1)}${P(2)}<div class="wprm-recipe"><div class="wprm-recipe-rating">5 from 38 votes</div><ul class="wprm-recipe-ingredients"><li>115 g butter</li><li>2 eggs</li></ul><ol class="wprm-recipe-instructions"><li>Brown the butter until golden.</li></ol></div>`, 'Brown the butter until golden'],
    ['a sentence on affiliate links in the story', `${P(1)}<p>The review says the post contains affiliate links, which readers had not been told about until the editor added a note in March.</p>${P(2)}`, 'readers had not been told'],
    ['a closing paragraph of the story after a line on press inquiries', `${P(1)}<p>Press inquiries rose sharply after the announcement, the spokesman said.</p><p>${'The company expects the new plant to open in the spring of next year, with four hundred staff. '.repeat(2)}</p>`, 'expects the new plant'],
    ['a sentence that starts "Source" in the story', `${P(1)}<p>Source of the trouble was a cracked pipe under the quay, engineers said.</p>${P(2)}`, 'cracked pipe'],
    ['a sentence that mentions a tip', `${P(1)}<p>Have a tip for the ferry crews? The harbour master said they take them gladly, and share them at the end of each shift.</p>${P(2)}`, 'ferry crews'],
    ['a link line in the middle of the story', `${P(1)}<p><a href="/x">The council's full report</a></p>${P(2)}`, "council's full report"],
    ['a line after a formula set inline in the line before', `${P(1)}<dl><dd>Therefore if <span><img src="data:," alt="A = A*"></span>.</dd><dd>(Alternatively, the determinant is the product of the eigenvalues, which are real.)</dd></dl>${P(2)}`, 'Alternatively, the determinant'],
    [
      'a list article\'s table of entries above a longer list of references',
      `<p>This list of ferries serving the islands gives each one's route and first year of service, with its builder.</p><table>${Array.from({ length: 12 }, (_, i) => `<tr><td>Ferry number ${i} of the fleet</td><td>${1950 + i}</td><td>The yard at Harbour Point, which built her hull and engines.</td></tr>`).join('')}</table><h2>References</h2><ol>${Array.from({ length: 40 }, (_, i) => `<li>Harbour Board annual report, volume ${i}, pages 10 to 24, county archive and library.</li>`).join('')}</ol>`,
      'Ferry number 11 of the fleet',
    ],
  ])('keeps %s', (_what, html, kept) => {
    expect(body(html)).toContain(kept);
  });
});

describe('articleBodyText: Chinese', () => {
  const zh = ['交通部今天核定台中捷運綠線延伸彰化路線的可行性研究，全長約5.8公里，設置4座車站，預計2030年通車。', '市府交通局表示，延伸線將從北屯總站往北延伸至大坑地區，可服務沿線約8萬名居民。'];
  it('leaves out the byline and date above short paragraphs, and keeps every paragraph', () => {
    const text = body(`<p>記者陳怡君／台中報導</p><p>2021-03-16 14:32</p>${zh.map((t) => `<p>${t}</p>`).join('')}`);
    expect(text).not.toContain('記者');
    expect(text).not.toContain('2021-03-16');
    for (const t of zh) expect(text).toContain(t);
  });
});

describe('articleBodyText: a first line that is the page title\'s start', () => {
  it('leaves out the headline when the page title goes on with the site\'s name', () => {
    const root = page(`<div id="c"><p>Harbour ferry returns after two-year repairs</p>${P(1)}${P(2)}</div>`).getElementById('c')!;
    const text = articleBodyText(root, 'Harbour ferry returns after two-year repairs (Courier) - News Portal');
    expect(text).not.toContain('Harbour ferry returns');
    expect(text).toContain('Paragraph 1 of the story');
  });
  it('keeps a first line that is only a short start of the title', () => {
    const root = page(`<div id="c"><p>Harbour ferry</p>${P(1)}${P(2)}</div>`).getElementById('c')!;
    expect(articleBodyText(root, 'Harbour ferry returns after two-year repairs, and the town has its summer back')).toContain('Harbour ferry');
  });
});
