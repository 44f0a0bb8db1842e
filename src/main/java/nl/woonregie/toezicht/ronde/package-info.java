/**
 * Assessment rounds: the engine run for every municipality of a province at a peildatum, the supervisor's
 * judgments, the consistency check, a municipality's history and the province overview.
 */
@NamedInterface("ronde")
package nl.woonregie.toezicht.ronde;

import org.springframework.modulith.NamedInterface;
