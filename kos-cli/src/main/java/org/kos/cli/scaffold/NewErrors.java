package org.kos.cli.scaffold;

/** The diagnostic ids of {@code kos new}; each has a page docs/errors/ID.md. */
public enum NewErrors {
  BAD_NAME("NW0001", "a name that cannot be a task, class or package name"),
  FILE_EXISTS("NW0002", "a file kos new would write already exists"),
  NOT_A_SOLUTION("NW0003", "kos new program outside a solution directory"),
  PROGRAM_EXISTS("NW0004", "the solution already has a program or task of that name"),
  CANNOT_EDIT("NW0005", "solution.yaml or init.yaml has no block to add the program to");

  private final String id;
  private final String summary;

  NewErrors(String id, String summary) {
    this.id = id;
    this.summary = summary;
  }

  public String id() {
    return id;
  }

  public String summary() {
    return summary;
  }
}
