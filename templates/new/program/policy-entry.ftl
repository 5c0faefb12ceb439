
// Added by `kos new program ${task}`: Einit may start ${pkg}.${Name}. Grant what it sends here too.
use EDL ${pkg}.${Name}
execute src=Einit, dst=${pkg}.${Name} { grant () }
