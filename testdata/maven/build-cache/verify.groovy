// Integration test: kos:generate's stubs shared through the Apache Maven Build Cache Extension.
// project/ is checked out twice, at two different paths, each with its own empty local cache;
// the two share one file-based remote cache. Builds run with Maven 3.9 (the extension needs it),
// unpacked from org.apache.maven:apache-maven:tar.gz:bin into kos-maven-plugin/target by the outer build.
//   1. checkout A builds: the generator runs, the build is saved to the remote cache;
//   2. checkout B builds the same sources: the build is restored from the remote cache, the
//      generator does not run, and the restored stubs are byte for byte A's;
//   3. checkout B changes one IDL constant: a cache miss, the generator runs again.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.util.concurrent.TimeUnit

Path base = basedir.toPath()
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')

File settings = new File(basedir, 'it-settings.xml')
settings.text = new File(itSettings).text.replace('@localRepositoryUrl@', new File(outerLocalRepository).toURI().toString())
String mvn39 = mavenHome39 + '/bin/mvn'
assert new File(mvn39).isFile(): "no Maven 3.9 at $mvn39"
Path remote = Files.createDirectories(base.resolve('remote-cache'))

def checkout = { String name ->
  Path to = base.resolve(name)
  Path from = base.resolve('project')
  Files.walk(from).withCloseable { s ->
    s.each { p ->
      Path t = to.resolve(from.relativize(p).toString())
      if (Files.isDirectory(p)) {
        Files.createDirectories(t)
      } else {
        Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING)
      }
    }
  }
  Path pom = to.resolve('pom.xml')
  Files.writeString(pom, Files.readString(pom).replace('@project.version@', projectVersion))
  to
}

def build = { Path dir, String step, boolean save ->
  File log = base.resolve("build-${step}.log").toFile()
  def cmd = ['sh', mvn39, '-B', '-s', settings.path, '-Dmaven.repo.local=' + localRepositoryPath,
             '-Dmaven.build.cache.location=' + base.resolve("local-cache-${dir.fileName}"),
             '-Dmaven.build.cache.remote.url=' + remote.toUri().toString().replaceAll('/$', ''),
             '-Dmaven.build.cache.remote.save.enabled=' + save, 'package']
  def pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log)
  pb.environment().put('MAVEN_OPTS', '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC')
  pb.environment().remove('MAVEN_ARGS')
  Process p = pb.start()
  assert p.waitFor(300, TimeUnit.SECONDS): "mvn $step timed out"
  String text = log.text
  assert p.exitValue() == 0: text
  assert text.contains('BUILD SUCCESS'): text
  text
}

def stubs = { Path dir ->
  Path out = dir.resolve('target/generated-sources/nk')
  Map<String, String> m = new TreeMap<>()
  Files.walk(out).withCloseable { s ->
    s.filter { Files.isRegularFile(it) }.each { m[out.relativize(it).toString()] = Files.readString(it) }
  }
  m
}
// What kos:generate logs when it runs (OutcomeReport), and Maven's line when any mojo of the goal starts.
String generatorRan = 'IDL/CDL/EDL files -> '
String goalStarted = ':generate (default) @ counter ---'
String skipped = 'Skipping plugin execution (cached): kos:generate'

// 1. Checkout A: a real generation, saved to the shared remote cache.
Path a = checkout('checkout-a')
String log = build(a, 'a', true)
assert log.contains(generatorRan): log
assert log.contains(goalStarted): log
assert log.contains('Saved to remote cache'): log
Map<String, String> generated = stubs(a)
assert generated.keySet().containsAll(['counter/ICounter.java', 'counter/ICounterProxy.java', 'counter/CounterEntity.java'])

// 2. Checkout B, elsewhere, empty local cache: restored from the remote cache, the generator not run.
Path b = checkout('checkout-b')
log = build(b, 'b', false)
assert log.contains('Build info downloaded from remote repo'): log
assert log.contains(skipped): log
assert !log.contains(generatorRan): log
assert !log.contains(goalStarted): log
assert stubs(b) == generated
assert Files.isRegularFile(b.resolve('target/counter-1.0.jar'))

// 3. An input of kos:generate changed: the cache must miss and the generator run.
Path idl = b.resolve('src/main/nk/counter/ICounter.idl')
Files.writeString(idl, Files.readString(idl).replace('MaxStep = 100', 'MaxStep = 200'))
log = build(b, 'b-changed', false)
assert !log.contains(skipped): log
assert log.contains(generatorRan): log
assert stubs(b)['counter/ICounter.java'].contains('200')
return true
