package org.kos.audit.danger;

import java.util.List;

/**
 * The potential danger of one kl.core method: its interface's short name ({@code Task}), the method
 * ({@code *} for every method of the interface), the categories ({@code none} for a method the seed
 * calls safe), the note in short (docs/kernel.md's column) and the seed's note verbatim ({@code N/A}
 * when none).
 */
public record Danger(String iface, String method, List<String> categories, String shortNote, String note) {
  public static final String NONE = "none";
  public static final String HANDLE_TRANSFER = "handle-transfer";

  public Danger {
    categories = List.copyOf(categories);
  }

  /** Whether the seed marks the method potentially dangerous. */
  public boolean dangerous() {
    return !categories.equals(List.of(NONE));
  }

  /** Whether the method moves or copies a handle (ours, not the seed's: Task.TransferHandle, Handle.Copy, Handle.Connect). */
  public boolean transfersHandles() {
    return categories.contains(HANDLE_TRANSFER);
  }
}
