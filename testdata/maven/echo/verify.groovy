// Integration test of kos-maven-plugin on the echo example (run by maven-invoker-plugin after the
// clean `mvn package`). It then drives three more real builds of the same project:
//   2. nothing changed      -> the plugin says up to date, no generated file is rewritten (mtimes);
//   3. one constant changed -> only echo/IPing.java is rewritten;
//   4. a broken IDL file    -> the build fails and the log names file:line:col.
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

Path base = basedir.toPath()
Path out = base.resolve('target/generated-sources/nk')
Path idl = base.resolve('src/main/nk/echo/IPing.idl')

// 1. The clean build: main and test stubs generated, compiled with -Werror, the round-trip tests passed.
String first = Files.readString(base.resolve('build.log'))
assert first.contains('BUILD SUCCESS')
['echo/IPing.java', 'echo/IPingProxy.java', 'echo/IPingDispatcher.java', 'echo/ServerEntity.java'].each {
  assert Files.isRegularFile(out.resolve(it)): "missing generated $it"
}
assert Files.isRegularFile(base.resolve('target/generated-test-sources/nk/echo/test/ProbeEntity.java'))
assert !Files.exists(base.resolve('target/generated-test-sources/nk/echo/IPing.java')): 'main stubs belong to generate'
assert first =~ /Tests run: 3, Failures: 0, Errors: 0/

def times = { ->
  Map<String, Long> m = new TreeMap<>()
  Files.walk(out).withCloseable { s ->
    s.filter { Files.isRegularFile(it) }.each { m[out.relativize(it).toString()] = Files.getLastModifiedTime(it).toMillis() }
  }
  m
}
// Builds after this one are offline, against the ITs' local repository and settings (artifacts are
// tracked by the repository id they came from), with the same JVM flags.
File settings = new File(basedir, 'target/it-settings.xml')
settings.text = new File(itSettings).text.replace('@localRepositoryUrl@', new File(outerLocalRepository).toURI().toString())
def mvn = { String step ->
  File log = base.resolve("build-${step}.log").toFile()
  def cmd = [System.getProperty('maven.home') + '/bin/mvn', '-B', '-o', '-s', settings.path,
             '-Dmaven.repo.local=' + localRepositoryPath, 'compile']
  def pb = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).redirectOutput(log)
  pb.environment().put('MAVEN_OPTS', '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC')
  Process p = pb.start()
  assert p.waitFor(300, TimeUnit.SECONDS): "mvn $step timed out"
  [exit: p.exitValue(), log: log.text]
}
// Millisecond mtimes: make sure a rewrite could not land in the same millisecond as the original.
Thread.sleep(20)

// 2. Nothing changed: nothing rewritten.
Map<String, Long> before = times()
def r = mvn('unchanged')
assert r.exit == 0: r.log
assert r.log.contains('(nothing changed, '): r.log
assert times() == before

// 3. One constant changed in IPing.idl: only the file holding the interface's constants changes.
Files.writeString(idl, Files.readString(idl).replace('MaxValue = 1000', 'MaxValue = 2000'))
r = mvn('changed')
assert r.exit == 0: r.log
Map<String, Long> after = times()
assert after.keySet() == before.keySet()
def rewritten = after.findAll { k, v -> before[k] != v }.keySet() as List
assert rewritten == ['echo/IPing.java']
assert Files.readString(out.resolve('echo/IPing.java')).contains('2000')

// 4. A broken IDL file: the build fails with the position of the error.
Files.writeString(idl, Files.readString(idl).replace('in UInt32 value', 'in UInt33 value'))
r = mvn('broken')
assert r.exit != 0
String position = idl.toAbsolutePath().toString() + ':8:13'
assert r.log.contains('[ERROR] ' + position + ': error[NK'): r.log
assert r.log.contains('BUILD FAILURE')
return true
