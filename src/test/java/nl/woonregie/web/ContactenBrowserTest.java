package nl.woonregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.SelectOption;
import nl.woonregie.support.Browser;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The contacts register in the browser (issue 19 §1): Zuid-Holland's supervisor reaches Rotterdam's contacts from its
 * page, a contact without what a decision needs refused at the fields with every typed value kept, then added; it is
 * changed into a second version (with its reminders switched off and on again, issue 19 §7); Rotterdam itself sees it, read-only, and adds its own. The province's register of
 * corporations. Rotterdam (GM0599): no other test keeps its contacts. Accessible (axe) and in Dutch words and formats.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactenBrowserTest {

    Browser browser;

    @Test
    void de_toezichthouder_en_de_gemeente_houden_elk_hun_contacten_bij() {
        Page page = browser.inloggen("toezicht-zh", BrowserTest.DEMO_WACHTWOORD);
        page.navigate(browser.url("/gemeenten/GM0599"));
        Browser.klikEnWacht(page, page.locator("#contacten"));
        assertThat(page.url()).endsWith("/gemeenten/GM0599/contacten");
        PlaywrightAssertions.assertThat(page.locator("#geen-contacten")).isVisible();
        browser.toegankelijkEnNederlands(page);

        // the college accepts decisions by e-mail but has no e-mail address: refused
        page.locator("#contact-soort").selectOption(new SelectOption().setValue("BESTUURLIJK"));
        page.locator("#contact-rol").selectOption(new SelectOption().setValue("COLLEGE"));
        page.locator("#contact-naam").fill("College van burgemeester en wethouders");
        page.locator("#contact-elektronisch").check();
        page.locator("#contact-sinds").fill("2022-09-01");
        // the reminders are on by default; this contact wants none (issue 19 §7)
        PlaywrightAssertions.assertThat(page.locator("#contact-herinnering-TERMIJN_HUURCONTRACTEN")).isChecked();
        page.locator("#contact-herinnering-TERMIJN_HUURCONTRACTEN").uncheck();
        page.locator("#contact-reden").fill("Adres voor besluiten");
        Browser.klikEnWacht(page, page.locator("#contact-toevoegen"));
        PlaywrightAssertions.assertThat(page.locator(".woonregie-foutsamenvatting")).containsText("E-mailadres");
        PlaywrightAssertions.assertThat(page.locator("#contact-naam")).hasValue("College van burgemeester en wethouders");
        PlaywrightAssertions.assertThat(page.locator("#contact-rol")).hasValue("COLLEGE");
        PlaywrightAssertions.assertThat(page.locator("#contact-elektronisch")).isChecked();
        PlaywrightAssertions.assertThat(page.locator("#contact-sinds")).hasValue("2022-09-01");
        PlaywrightAssertions.assertThat(page.locator("#contact-herinnering-TERMIJN_HUURCONTRACTEN")).not().isChecked();
        browser.toegankelijkEnNederlands(page);

        page.locator("#contact-email").fill("college@rotterdam.example.org");
        Browser.klikEnWacht(page, page.locator("#contact-toevoegen"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("is toegevoegd");
        PlaywrightAssertions.assertThat(page.locator("#melding")).isFocused();
        PlaywrightAssertions.assertThat(page.locator("#contacten tbody tr")).hasCount(1);
        PlaywrightAssertions.assertThat(page.locator("#contacten td.verzendwijze")).hasText("Per e-mail");
        browser.toegankelijkEnNederlands(page);

        // a change: the college withdraws its acceptance and gives a postal address; version 2, by post
        Browser.klikEnWacht(page, page.locator("#contacten th a"));
        PlaywrightAssertions.assertThat(page.locator("#verzendwijze")).containsText("1 september 2022");
        PlaywrightAssertions.assertThat(page.locator("#herinneringen span")).hasText(new String[] {
            "Termijn huurcontracten (geopend, bijna verstreken): uit",
            "Acties uit het plan van aanpak (deadline nadert, verstreken): aan",
            "Peildatum nadert: aan",
            "Begunstigingstermijn (eindigt over 14 dagen, verstreken): aan",
            "Maandoverzicht COA: aan"});
        PlaywrightAssertions.assertThat(page.locator("#contact-herinnering-TERMIJN_HUURCONTRACTEN")).not().isChecked();
        browser.toegankelijkEnNederlands(page);
        page.locator("#contact-herinnering-TERMIJN_HUURCONTRACTEN").check();
        page.locator("#contact-elektronisch").uncheck();
        page.locator("#contact-sinds").fill("");
        page.locator("#contact-postadres").fill("Postbus 70012\n3000 KP Rotterdam");
        page.locator("#contact-reden").fill("Besluiten voortaan per post");
        Browser.klikEnWacht(page, page.locator("#contact-opslaan"));
        PlaywrightAssertions.assertThat(page.locator("#melding")).containsText("versie 2");
        PlaywrightAssertions.assertThat(page.locator("#verzendwijze")).hasText("Per post");
        PlaywrightAssertions.assertThat(page.locator("#herinneringen span")).hasText(new String[] {
            "Termijn huurcontracten (geopend, bijna verstreken): aan",
            "Acties uit het plan van aanpak (deadline nadert, verstreken): aan",
            "Peildatum nadert: aan",
            "Begunstigingstermijn (eindigt over 14 dagen, verstreken): aan",
            "Maandoverzicht COA: aan"});
        PlaywrightAssertions.assertThat(page.locator("#versies tbody tr")).hasCount(2);
        PlaywrightAssertions.assertThat(page.locator("#versies tbody tr").first()).containsText(
                "Besluiten voortaan per post");
        browser.toegankelijkEnNederlands(page);
        String contact = page.url();

        // the province's register of corporations, from its dashboard
        page.navigate(browser.url("/provincies/PV28"));
        Browser.klikEnWacht(page, page.locator("#provinciecontacten"));
        page.locator("#contact-organisatiesoort").selectOption(new SelectOption().setValue("CORPORATIE"));
        page.locator("#contact-organisatie").fill("Woonpartners Fictief");
        page.locator("#contact-soort").selectOption(new SelectOption().setValue("AMBTELIJK"));
        page.locator("#contact-rol").selectOption(new SelectOption().setValue("CONTACTPERSOON"));
        page.locator("#contact-naam").fill("C. Bakker (fictief)");
        page.locator("#contact-reden").fill("Contact voor statushouders");
        Browser.klikEnWacht(page, page.locator("#contact-toevoegen"));
        PlaywrightAssertions.assertThat(page.locator("#contacten")).containsText("Woonpartners Fictief (corporatie)");
        browser.toegankelijkEnNederlands(page);

        // Rotterdam itself: reads the province's entry without a form, adds its own wethouder
        Page rotterdam = browser.inloggen("gemeente-rotterdam", BrowserTest.DEMO_WACHTWOORD);
        rotterdam.navigate(contact);
        PlaywrightAssertions.assertThat(rotterdam.locator("#alleen-lezen")).hasText("Dit contact houdt de provincie bij.");
        PlaywrightAssertions.assertThat(rotterdam.locator("#contactformulier")).hasCount(0);
        browser.toegankelijkEnNederlands(rotterdam);
        rotterdam.navigate(browser.url("/gemeenten/GM0599/contacten"));
        PlaywrightAssertions.assertThat(rotterdam.locator("#namens")).hasText("de gemeente");
        rotterdam.locator("#contact-soort").selectOption(new SelectOption().setValue("BESTUURLIJK"));
        rotterdam.locator("#contact-rol").selectOption(new SelectOption().setValue("WETHOUDER"));
        rotterdam.locator("#contact-naam").fill("D. Visser (fictief)");
        rotterdam.locator("#contact-functie").fill("Wethouder wonen");
        rotterdam.locator("#contact-reden").fill("Nieuwe wethouder");
        Browser.klikEnWacht(rotterdam, rotterdam.locator("#contact-toevoegen"));
        PlaywrightAssertions.assertThat(rotterdam.locator("#contacten tbody tr")).hasCount(2);
        browser.toegankelijkEnNederlands(rotterdam);
    }
}
