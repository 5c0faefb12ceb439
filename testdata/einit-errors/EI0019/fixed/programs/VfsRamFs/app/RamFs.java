package app;

/** The solution's own program at the path VfsRamFs (it would serve kl.VfsRamFs's endpoints). */
public final class RamFs {
  public static void main(String[] args) {
    System.out.println("a file system of our own");
  }
}
