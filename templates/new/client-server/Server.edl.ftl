/* The store: one endpoint, store, of interface ${pkg}.Store. */
entity ${pkg}.Server

endpoints {
    store : ${pkg}.Store
}
