/**
 * The follow-up of supervision: toezichtgesprekken (with their course, issue 19 §4), plannen van aanpak with their
 * acties, and what the municipality hands in itself. Exposed so that the brieven module can take a talk's steps that
 * go to the outside world, where the contacts are (ADR 0058).
 */
@NamedInterface("opvolging")
package nl.woonregie.toezicht.opvolging;

import org.springframework.modulith.NamedInterface;
