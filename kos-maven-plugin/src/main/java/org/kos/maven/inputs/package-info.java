/**
 * What a run reads: the IDL/CDL/EDL files under the source roots, and the include roots searched
 * for what they import (other source roots, directories, and the NK files packaged in dependency
 * jars or reactor output directories).
 */
package org.kos.maven.inputs;
