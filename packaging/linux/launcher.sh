#!/bin/bash
# The app image's launcher on Linux (bin/<name>), put there by packaging/Package.java in place of
# jpackage's. It reads the same lib/app/<name>.cfg jpackage wrote (class path, main class, Java
# options; $APPDIR, $BINDIR and $ROOTDIR as jpackage expands them) and starts the bundled runtime.
# Why: jpackage's Linux launcher asks the package managers which package owns it (rpm -qf, then
# dpkg -S) at every start, 0.1 s of a 0.9 s start here; this script takes 5 ms.
# The AOT cache holds only while the jars have the modification time it was made with (written to
# lib/app/.aot-jar-mtime; the .deb's postinst restores it): where they do not (an .rpm, a copied
# folder) the cache is left out, so the JVM does not print an error at every start.
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
# no graphics processor (no render node, no NVIDIA device): GTK would load Mesa and LLVM (about 60 MB)
# to probe OpenGL for nothing; the app's ui/SoftwareRendering then takes JavaFX's software renderer
if [ -z "${GDK_GL+set}" ] && [ ! -e /dev/nvidia0 ] && ! compgen -G "/dev/dri/renderD*" >/dev/null; then
    export GDK_GL=disable
fi
options=()
classpath=()
main=
aot=yes
if [ -r "$app/.aot-jar-mtime" ]; then
    read -r pinned < "$app/.aot-jar-mtime"
    for t in $(stat -c %Y -- "$app"/*.jar); do
        [ "$t" = "$pinned" ] || aot=no
    done
fi
while IFS= read -r line || [ -n "$line" ]; do
    line=${line//\$APPDIR/$app}
    line=${line//\$BINDIR/$bin}
    line=${line//\$ROOTDIR/$root}
    case $line in
        java-options=-XX:AOTCache=*) [ $aot = no ] || options+=("${line#java-options=}") ;;
        java-options=*) options+=("${line#java-options=}") ;;
        app.classpath=*) classpath+=("${line#app.classpath=}") ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
    esac
done < "$cfg"
joined=$(IFS=:; echo "${classpath[*]}")
exec "$root/lib/runtime/bin/java" "${options[@]}" -Djpackage.app-path="$self" -cp "$joined" "$main" "$@"
