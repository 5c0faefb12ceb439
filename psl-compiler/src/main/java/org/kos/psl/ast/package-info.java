/**
 * The syntax tree of policy files: declarations, bindings, statements, expressions, type
 * expressions and test steps, each node with its source span. Names are not resolved here.
 */
package org.kos.psl.ast;
