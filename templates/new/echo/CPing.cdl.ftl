component ${pkg}.CPing

endpoints {
    ping : ${pkg}.IPing
}
