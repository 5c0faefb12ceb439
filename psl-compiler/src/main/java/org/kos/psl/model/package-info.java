/**
 * The resolved policy that checks, the IR and (later) the security module read: process classes
 * with their endpoint tables, models, objects, bindings, audit and tests, names resolved.
 */
package org.kos.psl.model;
