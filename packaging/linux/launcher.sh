#!/bin/bash
# The app image's launcher on Linux (bin/<name>), put there by packaging/Package.java in place of
# jpackage's. It reads the same lib/app/<name>.cfg jpackage wrote (class path, main class, Java
# options; $APPDIR, $BINDIR and $ROOTDIR as jpackage expands them) and starts the bundled runtime.
# Why: jpackage's Linux launcher asks the package managers which package owns it (rpm -qf, then
# dpkg -S) at every start, 0.1 s of a 0.9 s start here; this script takes 5 ms.
self=$(readlink -f -- "$0") || self=$0
bin=${self%/*}
root=${bin%/*}
app=$root/lib/app
name=${self##*/}
cfg=$app/$name.cfg
if [ ! -r "$cfg" ]; then
    echo "$name: $cfg is missing; reinstall $name" >&2
    exit 1
fi
options=()
classpath=()
main=
while IFS= read -r line || [ -n "$line" ]; do
    line=${line//\$APPDIR/$app}
    line=${line//\$BINDIR/$bin}
    line=${line//\$ROOTDIR/$root}
    case $line in
        java-options=*) options+=("${line#java-options=}") ;;
        app.classpath=*) classpath+=("${line#app.classpath=}") ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
    esac
done < "$cfg"
joined=$(IFS=:; echo "${classpath[*]}")
exec "$root/lib/runtime/bin/java" "${options[@]}" -Djpackage.app-path="$self" -cp "$joined" "$main" "$@"
