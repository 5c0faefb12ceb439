/** PSL's value types ({@link org.kos.psl.types.PslType}) and when one may stand for another. */
package org.kos.psl.types;
