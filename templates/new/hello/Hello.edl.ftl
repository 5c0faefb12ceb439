/* The hello program serves nothing. */
entity ${pkg}.Hello
