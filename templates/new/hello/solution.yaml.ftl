# Programs by image path (a task's path in init.yaml: by default its class name's last segment).
programs:
  Hello:
    main: ${pkg}.hello.Hello
