# ${pkg}

Made by `kos new solution ${pkg}` (template `echo`): `client` calls `Ping(value)` on `server`
over the channel `${pkg}` three times and prints each answer; the server answers `value + 1`.

```sh
kos solution build ${pkg} && kos run ${pkg}.img
```

| file | what |
| --- | --- |
| `solution.yaml` | the programs: image path and main class |
| `init.yaml` | the tasks Einit starts and the channel between them |
| `nk/${pkg}/` | the interface (`IPing.idl`), the server's component (`CPing.cdl`) and both classes (`.edl`) |
| `programs/<path>/` | each program's Java sources |
| `security.psl` | the policy: the client may call Ping on the server, and nothing else happens |

`kos new program NAME` (run inside this directory) adds a program.
