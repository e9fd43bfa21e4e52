//! Tillgänglighetsredogörelse: the accessibility statement the DOS law
//! (2018:1937) asks public-sector web services to publish.

use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lang: Lang,
}

#[function_component(Statement)]
pub fn statement(props: &Props) -> Html {
    let lang = props.lang;
    html! {
        <article class="statement" aria-labelledby="statement-h">
            <h2 id="statement-h">{ lang.t("Tillgänglighetsredogörelse", "Accessibility statement") }</h2>
            <p>{ lang.t(
                "Justera ska kunna användas av så många som möjligt. Här beskriver vi hur webbappen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.",
                "Justera is meant to be usable by as many people as possible. This statement describes how the web app meets the Swedish act (2018:1937) on accessibility of digital public services, known shortcomings and how to report problems.",
            ) }</p>
            <h3>{ lang.t("Hur tillgänglig är webbappen?", "How accessible is the web app?") }</h3>
            <p>{ lang.t(
                "Vi bedömer att webbappen i huvudsak uppfyller kraven i EN 301 549 och WCAG 2.1 nivå AA. Den går att använda med tangentbord, med skärmläsare och i 400 % förstoring, respekterar inställningar för mörkt läge och reducerade rörelser, och fungerar på skärmar ned till 360 pixlars bredd.",
                "We consider the web app largely compliant with EN 301 549 and WCAG 2.1 level AA. It works with a keyboard, with screen readers and at 400 % zoom, follows settings for dark mode and reduced motion, and works on screens down to 360 pixels wide.",
            ) }</p>
            <h3>{ lang.t("Kända brister", "Known shortcomings") }</h3>
            <ul>
                <li>{ lang.t(
                    "Texten i protokollen visas som den är skriven. Tabeller som förstörts vid konvertering från PDF kan bli svåra att följa med skärmläsare.",
                    "The protocols' text is shown as written. Tables damaged by conversion from PDF can be hard to follow with a screen reader.",
                ) }</li>
                <li>{ lang.t(
                    "Diagrammet över utfall per parti är en bild; samma siffror finns i en tabell direkt under det.",
                    "The chart of outcomes per party is an image; the same numbers are in a table right below it.",
                ) }</li>
            </ul>
            <h3>{ lang.t("Hur vi testat", "How we tested") }</h3>
            <p>{ lang.t(
                "Varje vy granskas automatiskt med axe-core (WCAG 2.1 A och AA samt bästa praxis) i en webbläsare vid varje ändring, på dator- och mobilskärm, och manuellt med tangentbord.",
                "Every view is checked automatically with axe-core (WCAG 2.1 A and AA and best practice) in a browser on every change, on desktop and phone screens, and by hand with a keyboard.",
            ) }</p>
            <h3>{ lang.t("Rapportera brister", "Report a problem") }</h3>
            <p>{ lang.t(
                "Upptäcker du något som hindrar dig? Kontakta den organisation som publicerar webbappen. Är du inte nöjd med svaret kan du anmäla det till Myndigheten för digital förvaltning (Digg), som granskar lagen om tillgänglighet till digital offentlig service.",
                "Found something that stops you? Contact the organisation that publishes the web app. If you are not satisfied with the answer, you can report it to the Agency for Digital Government (Digg), which supervises the act.",
            ) }</p>
            <h3>{ lang.t("Integritet", "Privacy") }</h3>
            <p>{ lang.t(
                "Filerna du öppnar läses bara i din webbläsare och skickas aldrig någonstans. Sidan förbjuder sig själv att göra nätverksanrop (Content-Security-Policy) och fungerar utan uppkoppling när den väl laddats.",
                "The files you open are only read in your browser and never sent anywhere. The page forbids itself network requests (Content-Security-Policy) and works offline once loaded.",
            ) }</p>
            <p><a href="#oversikt">{ lang.t("Tillbaka till appen", "Back to the app") }</a></p>
        </article>
    }
}
