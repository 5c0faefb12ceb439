# The tasks Einit starts, in order.
entities:
- name: ${pkg}.Hello
  task: hello
