# ${pkg}

Made by `kos new solution ${pkg} --template client-server`: `server` keeps a table of numbers by
key (interface `${pkg}.Store`: `Put`, `Get`, `Clear`); `client` reaches it over the channel
`store`, puts two values, reads one back, asks for a key that is not there (the server answers
with the method's error, `Store.GetError`), and tries `Clear`, which `security.psl` does not grant:
the kernel refuses the call (`rcSecurityDisallow`) before it reaches the server.

```sh
kos solution build ${pkg} && kos run ${pkg}.img
```

| file | what |
| --- | --- |
| `solution.yaml` | the programs: image path and main class |
| `init.yaml` | the tasks Einit starts and the channel `store` between them |
| `nk/${pkg}/Store.idl` | the interface; `Get` has an `error` parameter |
| `nk/${pkg}/Server.edl`, `Client.edl` | the classes: the server serves the endpoint `store` |
| `programs/<path>/` | each program's Java sources |
| `security.psl` | the policy: the client may Put and Get, not Clear |

To let the client clear the table, add `Clear` to the request and response rules of security.psl.
`kos new program NAME` (run inside this directory) adds a program.
