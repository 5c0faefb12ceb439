/* The client serves nothing. */
entity ${pkg}.Client
