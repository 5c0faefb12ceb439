${indent}${Name}:
${indent}${indent}main: ${pkg}.${task}.${Name}
