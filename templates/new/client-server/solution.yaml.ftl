# Programs by image path (a task's path in init.yaml: by default its class name's last segment).
programs:
  Server:
    main: ${pkg}.server.StoreServer
  Client:
    main: ${pkg}.client.StoreClient
