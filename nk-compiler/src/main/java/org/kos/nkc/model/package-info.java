/**
 * The immutable, resolved model of IDL packages (constants with values, types, interfaces),
 * CDL components and EDL classes. Produced by the resolve and check stages; consumed by layout,
 * IR, einit-gen and the back ends. Holds no syntax: names are resolved, expressions evaluated.
 */
package org.kos.nkc.model;
