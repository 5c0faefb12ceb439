# Programs by image path (a task's path in init.yaml: by default its class name's last segment).
programs:
  Server:
    main: ${pkg}.server.PingServer
  Client:
    main: ${pkg}.client.PingClient
