/**
 * The service locator: named static channels (connection ids), listener and client handles by
 * name, and RIIDs by endpoint name in both of its forms.
 */
package org.kos.kernel.sl;
