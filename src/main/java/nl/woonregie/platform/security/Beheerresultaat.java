package nl.woonregie.platform.security;

/**
 * What an administrator's account action led to: done at once (an account, a one-time link for a new password), or
 * asked of a Verhuisbox team's coordinator (an {@link Accountverzoeken.Verzoek}).
 */
public sealed interface Beheerresultaat permits GebruikerDto, Accountverzoeken.Verzoek, Wachtwoordlinks.Link {
}
