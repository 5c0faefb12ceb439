# The tasks Einit starts, in order; the client reaches the server over the channel "store".
entities:
- name: ${pkg}.Server
  task: server
- name: ${pkg}.Client
  task: client
  connections:
  - target: server
    id: store
