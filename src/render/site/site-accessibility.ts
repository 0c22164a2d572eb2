/**
 * *Tillgänglighetsredogörelse*: the statement lag (2018:1937) om tillgänglighet till digital offentlig service
 * requires, in the structure DIGG's model uses: how accessible the site is, what it meets, how it was tested,
 * and how to report a problem and turn to DIGG.
 */
import { escapeHtml } from '../escape.js';
import type { SiteContext } from './site-context.js';
import { siteName, sitePage } from './site-page.js';
import { SITE_FILES } from './site-paths.js';

export function accessibilityPage(ctx: SiteContext): { file: string; html: string } {
    const owner = ctx.input.municipalityName ?? ctx.input.view.title;
    const main = `<h1>Tillgänglighetsredogörelse</h1>
<p>${escapeHtml(owner)} står bakom den här webbplatsen, ${escapeHtml(siteName(ctx))}. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända problem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.</p>
<h2>Hur tillgänglig är webbplatsen?</h2>
<p>Webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service, det vill säga med nivå AA i WCAG 2.1 som standarden EN 301 549 hänvisar till.</p>
<ul>
<li>Allt innehåll fungerar utan JavaScript; skriptet lägger bara till sökning i listan över mål och mått och en årsväljare.</li>
<li>Varje status visas med ord, aldrig bara med färg. Varje diagram har samma siffror i en tabell.</li>
<li>Sidorna går att läsa i 320 pixlars bredd och vid 400 % förstoring utan att texten behöver rullas i sidled; breda tabeller rullar i en egen ruta.</li>
<li>Sidorna har rubriker i målkedjans ordning, en länk för att hoppa till innehållet och fungerar med tangentbord, i ljust och mörkt läge och vid utskrift.</li>
<li>Webbplatsen hämtar inget från andra webbplatser: inga typsnitt, skript, bilder eller mätverktyg.</li>
</ul>
<h2>Hur vi testat webbplatsen</h2>
<p>Webbplatsen skrivs av verktyget styrmodell. Varje version av verktyget testas automatiskt i webbläsaren Chromium: varje sida öppnas med och utan JavaScript och kontrolleras med axe-core mot reglerna för WCAG 2.0 och 2.1 nivå A och AA, i ljust och mörkt läge; vi kontrollerar att inget rullar i sidled vid 320 pixlars bredd, att alla länkar fungerar och att alla siffror stämmer med uppföljningsrapporten. Automatiska test hittar inte alla brister; rapportera gärna det du stöter på.</p>
<h2>Innehåll som inte är tillgängligt</h2>
<p>Vi känner inte till några brister. Texterna i uppföljningen (bedömningar, analyser och åtgärder) skrivs av kommunens tjänstepersoner och visas som de är skrivna.</p>
<h2>Rapportera brister</h2>
<p>Om du upptäcker problem som inte beskrivs här, eller om du behöver innehållet i ett annat format, kontakta ${escapeHtml(owner)} och berätta vilken sida det gäller och vad som inte fungerar. Resultaten finns också som <a href="${SITE_FILES.csv}">CSV</a> och <a href="${SITE_FILES.json}">JSON</a>.</p>
<h2>Kontakta tillsynsmyndigheten</h2>
<p>Myndigheten för digital förvaltning (DIGG) ansvarar för tillsynen enligt lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta <a href="https://www.digg.se/">DIGG</a> och påtala det.</p>`;
    return {
        file: SITE_FILES.accessibility,
        html: sitePage(ctx, {
            file: SITE_FILES.accessibility,
            title: 'Tillgänglighetsredogörelse',
            main,
            current: SITE_FILES.accessibility
        })
    };
}
