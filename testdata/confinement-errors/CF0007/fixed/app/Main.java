package app;

import java.util.ArrayList;
import java.util.List;

/** Counts the threads it started. */
public final class Main {
  public static void main(String[] args) throws InterruptedException {
    List<Thread> mine = new ArrayList<>();
    Thread t = new Thread(() -> {});
    mine.add(t);
    t.start();
    t.join();
    System.out.println(mine.size());
  }
}
