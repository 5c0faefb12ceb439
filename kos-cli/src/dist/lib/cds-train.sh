#!/bin/sh
# Runs one training command of bin/kos's AppCDS archives (and of the repository's ./kos, which
# trains the same commands): `cds-train.sh KIND DIR`, KIND one of kos-cli (rc decode, with a
# one-code database), kos-cli-romfs-build (a small romfs build), kos-cli-nk (a small nk check),
# kos-cli-psl (a small policy check), kos-cli-audit (a small solution audit), kos-cli-solution (a
# build of the solution `kos new solution` writes: front end, javac, confinement, image, stamp); scratch files go in a
# directory under DIR. The repository's ./kos runs this same file. The caller sets
# KOS_TRAIN_JAVA, KOS_TRAIN_OPTS (with -XX:ArchiveClassesAtExit=...) and KOS_TRAIN_CP (the class path).
kind=$1
work="$2/train.$$"
mkdir -p "$work" || exit 1
if [ "$kind" = kos-cli-solution ]; then
  # Scaffolded without the archive's flags (only the build's classes are wanted), then built.
  "$KOS_TRAIN_JAVA" -cp "$KOS_TRAIN_CP" org.kos.cli.Kos new solution -q -o "$work/s" train >/dev/null 2>&1
  # shellcheck disable=SC2086
  "$KOS_TRAIN_JAVA" $KOS_TRAIN_OPTS -cp "$KOS_TRAIN_CP" org.kos.cli.solution.BuildMain solution build -q \
    --build-dir "$work/build" "$work/s" -o "$work/s.img" >/dev/null 2>&1
  true
elif [ "$kind" = kos-cli-audit ]; then
  # A small init.yaml and policy: two classes wired, a Flow check, message checks, kernel methods.
  mkdir -p "$work/nk/t"
  printf '%s\n' 'package t.I' 'interface {' '    Get(in UInt32 key, out UInt32 value);' '}' > "$work/nk/t/I.idl"
  printf '%s\n' 'entity t.S' 'endpoints {' '    s : t.I' '}' > "$work/nk/t/S.edl"
  printf '%s\n' 'entity t.C' > "$work/nk/t/C.edl"
  printf '%s\n' 'entities:' '- name: t.S' '  task: s' '- name: t.C' '  task: c' '  connections:' \
    '  - {target: s, id: s}' > "$work/init.yaml"
  printf '%s\n' 'execute: kl.core.Execute' 'use nk.base._' 'use nk.flow._' 'use EDL Einit' 'use EDL kl.core.Core' \
    'use EDL t.S' 'use EDL t.C' \
    'policy object f : Flow { type State = "a" | "b"  config = { states : ["a", "b"], initial : "a", transitions : { "a" : ["b"] } } }' \
    'execute { match src=kl.core.Core { grant () }  match src=Einit { match dst=t.C { f.init {sid : dst_sid} }  match dst=t.S { grant () } } }' \
    'request src=t.C { match dst=t.S, method=Get { choice (f.query {sid : src_sid}) { "a" : grant ()  _ : assert (message.key < 10) } }' \
    '  match dst=kl.core.Core { match endpoint=task.Task, method=Create { grant () }  match endpoint=thread.Thread, method=Sleep { deny (message.mdelay > 10) } } }' \
    'response { grant () }' > "$work/security.psl"
  # shellcheck disable=SC2086
  "$KOS_TRAIN_JAVA" $KOS_TRAIN_OPTS -cp "$KOS_TRAIN_CP" org.kos.cli.Kos solution audit -I "$work/nk" \
    --init "$work/init.yaml" --policy "$work/security.psl" >/dev/null 2>&1
  true
elif [ "$kind" = kos-cli-psl ]; then
  # A small policy with models, a message check and the kernel's classes (the NK front end runs too).
  printf '%s\n' 'use nk.basic._' 'use nk.flow._' 'use EDL Einit' 'use EDL kl.core.Core' \
    'policy object f : Flow { type State = "a" | "b"  config = { states : ["a", "b"], initial : "a", transitions : { "a" : ["b"] } } }' \
    'execute src=kl.core.Core { grant () }' 'execute src=Einit, dst=Einit { f.init {sid : dst_sid} }' \
    'request src=Einit, dst=kl.core.Core, endpoint=task.Task { match method=Exit { assert (message.status != 0)  f.allow {sid : src_sid, states : ["a"]} } }' \
    > "$work/train.psl"
  # shellcheck disable=SC2086
  "$KOS_TRAIN_JAVA" $KOS_TRAIN_OPTS -cp "$KOS_TRAIN_CP" org.kos.cli.psl.CheckMain psl check -q "$work/train.psl" >/dev/null 2>&1
  true
elif [ "$kind" = kos-cli-nk ]; then
  # A few files of each kind with imports, constant expressions, typedefs, structs, unions and
  # a warning (an unused import), so that parsing, resolution, checks and diagnostics are archived.
  mkdir -p "$work/nk/t"
  printf '%s\n' 'package t.B' 'const UInt32 N = (1 << 3) + 0x2;' 'typedef array<UInt8, N> Bytes;' \
    'struct S { UInt32 a; Bytes b; sequence<UInt16, 4> c; string<16> d; }' 'union U { S s; SInt64 n; }' \
    'interface { Get(in UInt32 key, out S value, error UInt32 code); }' > "$work/nk/t/B.idl"
  printf '%s\n' 'package t.A' 'import t.B' 'import kl.core.Types' 'typedef t.B.S T;' \
    'interface { Put(in T t, in Handle h, out t.B.U u); }' > "$work/nk/t/A.idl"
  printf '%s\n' 'component t.C' 'endpoints {' '    a : t.A' '}' > "$work/nk/t/C.cdl"
  printf '%s\n' 'task class t.E' 'components {' '    c : t.C' '}' 'endpoints {' '    b : t.B' '}' > "$work/nk/t/E.edl"
  # shellcheck disable=SC2086
  "$KOS_TRAIN_JAVA" $KOS_TRAIN_OPTS -cp "$KOS_TRAIN_CP" org.kos.cli.nk.CheckMain nk check -I "$work/nk" "$work/nk" >/dev/null 2>&1
  true
elif [ "$kind" = kos-cli-romfs-build ]; then
  # A small tree with a subdirectory, a symlink and a file of more than 1 MiB (the streamed path).
  mkdir -p "$work/tree/bin" "$work/tree/etc"
  printf 'train\n' > "$work/tree/etc/hosts"
  head -c 1100000 /dev/zero > "$work/tree/bin/big"
  ln -s big "$work/tree/bin/link"
  # shellcheck disable=SC2086
  "$KOS_TRAIN_JAVA" $KOS_TRAIN_OPTS -cp "$KOS_TRAIN_CP" org.kos.cli.romfs.BuildMain \
    romfs build -q -f romfs -V train -d "$work/tree" -o "$work/train.img" >/dev/null 2>&1
else
  # Decode, reading a one-code database so the JSON reader is archived too.
  printf '%s\n' '{"format": "kos-retcodes", "version": 1, "codes": [{"name": "rcTrain", "value": "0xB0000001",' \
    '"customer": 1, "space": 0, "facility": 0, "code": 1, "description": "training",' \
    '"source": {"file": "train.h", "line": 1, "column": 9}}]}' > "$work/train.json"
  # shellcheck disable=SC2086
  "$KOS_TRAIN_JAVA" $KOS_TRAIN_OPTS -cp "$KOS_TRAIN_CP" org.kos.cli.rc.DecodeMain \
    rc decode --db "$work/train.json" 0x90000015 90000015 rcSecurityDisallow rcTrain >/dev/null 2>&1
fi
ok=$?
rm -rf "$work"
exit $ok
