/**
 * Documents attached to objects of other modules — a talk, a plan of action, a lease, a decision, a Verhuisbox case,
 * later projects, leads and programme items: upload with a size limit, the content type detected from the bytes and
 * checked against an allow-list, stored with its SHA-256, versioned, downloaded under the access rules of its object,
 * and emptied with its object's retention. The owning module registers its kind of object by implementing
 * {@link nl.woonregie.document.Documenthouder} and answers who may read and add; this module knows no other domain
 * module.
 */
@ApplicationModule(displayName = "Documenten", allowedDependencies = {"platform.core", "platform.web",
    "platform.security", "platform.audit"})
package nl.woonregie.document;

import org.springframework.modulith.ApplicationModule;
