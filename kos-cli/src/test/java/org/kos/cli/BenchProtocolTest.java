package org.kos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The benchmark protocol (bench/lib, bench/README.md) lives beside the scripts, in Python; this
 * module's build is where `mvn -B verify` runs its tests, because the benchmarks time this CLI.
 */
class BenchProtocolTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theProtocolsPythonTestsPass() throws Exception {
    ProcessBuilder pb = new ProcessBuilder("python3", "-m", "unittest", "discover", "-s", "bench/lib", "-p", "test_*.py")
        .directory(ROOT.toFile())
        .redirectErrorStream(true);
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "python3 -m unittest did not finish");
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.contains("OK"), output);
  }

  /** rc-decode's baseline must start with the flags ./kos gives itself, or the ratio is unfair. */
  @Test
  void theBaselineJvmFlagsAreTheLaunchersDefaults() throws IOException {
    String launcher = Files.readString(ROOT.resolve("kos"));
    String protocol = Files.readString(ROOT.resolve("bench/lib/protocol.sh"));
    assertEquals(match(launcher, "opts=\\$\\{KOS_JAVA_OPTS:-([^}]*)\\}"), match(protocol, "BENCH_KOS_FLAGS=\"([^\"]*)\""));
  }

  private static String match(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), regex);
    return m.group(1);
  }
}
