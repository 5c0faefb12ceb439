/**
 * The return-code database: codes defined with MAKE_RETCODE in C/C++ or {@code Retcode.make} in
 * Java, scanned into a plain sorted JSON file, then decoded, searched, checked and exported. Stages
 * live in sub-packages: {@code model} (entries), {@code catalog} (lookups), {@code scan} (sources to
 * entries), {@code store} (the file), {@code decode}, {@code check}, {@code export}.
 */
package org.kos.rcdb;
