// Integration test of kos-maven-plugin: an interface imported from a dependency jar.
import java.util.zip.ZipFile

File api = new File(basedir, 'greeting-api/target/greeting-api-1.0.jar')
File app = new File(basedir, 'greeting-app/target/greeting-app-1.0.jar')
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')

// The api jar carries the IDL (packageSources) next to the stubs compiled from it.
new ZipFile(api).withCloseable { zip ->
  assert zip.getEntry('greeting/IGreet.idl') != null
  assert zip.getEntry('greeting/IGreetProxy.class') != null
}

// The app generated stubs for its own EDL only; IGreet came from the jar and is not generated again.
File generated = new File(basedir, 'greeting-app/target/generated-sources/nk')
assert new File(generated, 'greeting/app/GreeterEntity.java').isFile()
assert !new File(generated, 'greeting').listFiles().any { it.name.startsWith('IGreet') }

// And it runs: the app's entity dispatcher serves the api's interface through a loopback transport.
File runtime = new File(localRepositoryPath, "org/kos/kos-runtime/${projectVersion}/kos-runtime-${projectVersion}.jar")
assert runtime.isFile(): runtime
String java = System.getProperty('java.home') + '/bin/java'
String cp = [app, api, runtime].join(File.pathSeparator)
Process p = new ProcessBuilder(java, '-cp', cp, 'greeting.app.Main', 'Maven').redirectErrorStream(true).start()
String output = p.inputStream.text
assert p.waitFor() == 0: output
assert output.trim() == 'Hello, Maven!'
return true
