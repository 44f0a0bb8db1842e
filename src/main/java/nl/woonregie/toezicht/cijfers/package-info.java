/**
 * The stored figures of supervision: taakstellingen, beginstanden and COA's standings (imports from CSV/XLSX, all or
 * nothing, versioned), the extra ambition above the taakstelling ({@link nl.woonregie.toezicht.cijfers.Ambities}:
 * imported or computed from a national number; to move to the module verdeling), leases, COA's final figure, their
 * history and exports; the read side for the engine.
 * Other modules (the demo) use {@link nl.woonregie.toezicht.cijfers.CijferImport} and
 * {@link nl.woonregie.toezicht.cijfers.Huurcontracten}: the same validated paths as a supervisor's upload.
 */
@NamedInterface("cijfers")
package nl.woonregie.toezicht.cijfers;

import org.springframework.modulith.NamedInterface;
