package org.kos.cli.romfs;

/** Options that parse but make no sense (unknown format, bad alignment, ...): exit 2. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message, null, false, false);
  }
}
