/* ${Name}: made by `kos new program ${task}`. Add endpoints or components here to serve something. */
entity ${pkg}.${Name}
