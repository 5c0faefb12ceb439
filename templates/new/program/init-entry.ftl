${prefix}- name: ${pkg}.${Name}
${prefix}  task: ${task}
