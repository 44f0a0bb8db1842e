/**
 * The toezicht rules engine: applies a province's beleidskader to a municipality's period figures and says, per
 * peildatum, what the supervisor must conclude and why.
 *
 * <p>Plain Java on purpose: no Spring, no persistence, no web types (an ArchUnit test guards this), so that the
 * rules can be read, tested and benchmarked on their own. The only library used is SnakeYAML, to read beleidskader
 * data files.
 */
@NamedInterface("regels")
package nl.woonregie.toezicht.regels;

import org.springframework.modulith.NamedInterface;
