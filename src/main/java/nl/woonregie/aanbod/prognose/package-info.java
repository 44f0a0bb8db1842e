/**
 * The forecast model (plain Java, no Spring, no database; {@code ArchitectuurTest} guards it): a pure function from
 * a {@link nl.woonregie.aanbod.prognose.Prognosevraag} to a {@link nl.woonregie.aanbod.prognose.Prognose}, exact as
 * {@code ../shared/specs/aanbod-prognose.md} and {@code docs/aanbod.md} describe it.
 */
package nl.woonregie.aanbod.prognose;
