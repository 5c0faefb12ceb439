# ${pkg}

Made by `kos new solution ${pkg} --template hello`: one program, `hello`, that prints a line and
exits.

```sh
kos solution build ${pkg} && kos run ${pkg}.img
```

`solution.yaml` names the program's main class, `init.yaml` the task Einit starts, and
`nk/${pkg}/Hello.edl` its class (it serves nothing). There is no `security.psl`, so the kernel
allows everything (`kos run` says so). `kos new program NAME` (run inside this directory) adds a
program.
