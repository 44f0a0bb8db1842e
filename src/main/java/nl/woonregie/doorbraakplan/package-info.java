/**
 * Doorbraakplan: a municipality's programme of extra housing for care groups and statushouders — leads from residents
 * to designated locations, the decisions, tranches, communication, and the support each project needs and who pays
 * for it. This step: the support computation ({@code ondersteuning.Ondersteuningsmodel}, plain Java with the memo's
 * dated tariffs in {@code doorbraakplan/tarieven.yaml}), its API {@code POST /api/v1/ondersteuning/berekeningen} and
 * the programme team's page to try it. A designated location becomes a project in {@code aanbod} (later steps).
 * Stored support plans ({@code Steunplannen}): one per aanbod project and one for all locations, computed by the same
 * model with the municipality's own tariff table ({@code Steuntarieven}) and its register of departments
 * ({@code Afdelingen}, the scope source of a DIENST). The uitgangspunten check ({@code Uitgangspunten}: the
 * municipality's list as data, each lead scored, a limit computed against its places, the memo's table) and a
 * tranche's planning ({@code Planning}: milestones, late ones by the application's clock, the memo's 16 steps as a
 * template); their rules in plain Java ({@code toetsing}).
 */
@ApplicationModule(displayName = "Doorbraakplan", allowedDependencies = {"aanbod", "gebied", "document", "pdf",
    "platform.core", "platform.web", "platform.security", "platform.audit", "platform.export",
    "platform.achtergrond"})
package nl.woonregie.doorbraakplan;

import org.springframework.modulith.ApplicationModule;
