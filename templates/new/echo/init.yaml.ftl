# The tasks Einit starts, in order; the client reaches the server over the channel "${pkg}".
entities:
- name: ${pkg}.Server
  task: server
- name: ${pkg}.Client
  task: client
  args: ["3"]
  connections:
  - target: server
    id: ${pkg}
