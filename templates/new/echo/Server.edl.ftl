entity ${pkg}.Server

components {
    cserver : ${pkg}.CPing
}
