/**
 * Handles and the OCap model: per-process handle tables with quotas, rights masks, the
 * inheritance tree of every resource (transfer, dereference, close, revoke, revoke-subtree), user
 * objects, badges (resource transfer context objects) and the events resources signal.
 */
package org.kos.kernel.handles;
