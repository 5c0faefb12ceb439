package ${pkg}.${task};

/** The ${task} program: prints a line and exits (returning from main ends it with status 0). */
public final class ${Name} {
  private ${Name}() {}

  public static void main(String[] args) {
    System.out.println("${task}: started");
  }
}
