import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds RoPEScope's app image and this OS's installers: jdeps -> jlink -> jpackage, then a
 * class-data-sharing archive from one training start. Run by {@code mvn -Ppackage package}
 * (pom.xml passes every option); single-file source launch, JDK 17+, no other tool on macOS
 * and Windows (Windows also needs WiX 3 on PATH for the .msi, as jpackage does).
 *
 * <ol>
 * <li>{@code jdeps} lists the JDK modules the app and its class-path libraries use.</li>
 * <li>{@code jlink} makes a runtime of those modules plus the JavaFX modules, read from the
 *     platform JavaFX jars in {@code target/lib} (modular jars with the native libraries inside;
 *     the JavaFX jmods are not on Maven Central). JFreeChart is an automatic module, which jlink
 *     refuses, so it and the app stay on the class path in the image's {@code app} folder.</li>
 * <li>{@code jpackage --type app-image} makes the launcher and the image.</li>
 * <li>The image starts once and quits after its first frame ({@code -Dropescope.startup.probe=exit}):
 *     on a JDK 25+ runtime into an AOT cache the launcher names ({@link #trainAot}), on an older one
 *     into the runtime's class-data archive ({@link #trainCds}). On Linux this start needs a display:
 *     DISPLAY, or xvfb-run.</li>
 * <li>{@code jpackage --app-image} wraps that image into .deb and .rpm (Linux), .msi (Windows)
 *     or .dmg (macOS).</li>
 * </ol>
 */
public final class Package {

    enum Os { LINUX, WINDOWS, MAC }

    static final Os OS = detectOs();
    /** Stable across versions so an .msi upgrades the installed app instead of adding a second one. */
    static final String WIN_UPGRADE_UUID = "5f0c7a5e-3d43-4c8e-9a53-2b6f1f5c0e61";

    private final Map<String, String> opt;
    private final Path out;
    private final Path work;

    Package(Map<String, String> opt) {
        this.opt = opt;
        this.out = Path.of(opt.get("out")).toAbsolutePath();
        this.work = out.resolveSibling("jpackage-work");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                fail("option " + a + ": write --name=value");
            }
            opt.put(a.substring(2, eq), a.substring(eq + 1));
        }
        for (String need : List.of("name", "version", "description", "main-class", "jar", "lib", "icons",
                "resources", "out")) {
            if (!opt.containsKey(need) || opt.get(need).isBlank()) {
                fail("--" + need + " is missing (mvn -Ppackage package passes every option)");
            }
        }
        opt.putIfAbsent("types", "all");
        if (relaunchOnNewerJdk(opt, args)) {
            return;
        }
        new Package(opt).run();
    }

    // ---------------------------------------------------------------- which JDK builds the runtime

    /** The first JDK whose runtime can hold an AOT cache (JEP 483/514): starts in about two thirds of the time. */
    static final int AOT_JDK = 25;

    /**
     * Builds with the newest JDK 25 or later it finds when this one is older: {@code --jdk=PATH}
     * (the pom's {@code packaging.jdk}, or the PACKAGING_JDK environment variable) if given, else the
     * newest in the usual folders (/usr/lib/jvm, /Library/Java/JavaVirtualMachines, Program Files).
     * The bundled runtime is then that JDK's, and its start is cut by an AOT cache; with none found
     * the build JDK is used with a class-data-sharing archive. Says which. Returns whether it ran the
     * build in a child JVM (and so this one is done).
     */
    static boolean relaunchOnNewerJdk(Map<String, String> opt, String[] args) throws Exception {
        int here = Runtime.version().feature();
        String asked = opt.getOrDefault("jdk", "").isBlank() ? System.getenv().getOrDefault("PACKAGING_JDK", "")
                : opt.get("jdk");
        Path jdk;
        if (!asked.isBlank()) {
            jdk = Path.of(asked);
            if (jdkFeature(jdk) < 0) {
                fail("--jdk / PACKAGING_JDK: " + jdk + " is not a JDK (no release file, bin/jlink or bin/jpackage)");
            }
        } else {
            jdk = newestJdk().orElse(null);
            if (jdk == null || jdkFeature(jdk) <= here) {
                log("JDK: " + here + " (" + System.getProperty("java.home") + "), the build's own"
                        + (here >= AOT_JDK ? "; AOT cache" : "; no JDK " + AOT_JDK + "+ found, class-data archive"));
                return false;
            }
        }
        if (Path.of(System.getProperty("java.home")).toRealPath().equals(jdk.toRealPath())) {
            log("JDK: " + here + " (" + jdk + ")" + (here >= AOT_JDK ? "; AOT cache" : "; class-data archive"));
            return false;
        }
        log("JDK: " + jdkFeature(jdk) + " (" + jdk + ") builds the runtime" + (jdkFeature(jdk) >= AOT_JDK
                ? "; AOT cache" : "; class-data archive"));
        List<String> cmd = new ArrayList<>(List.of(jdk.resolve("bin").resolve(OS == Os.WINDOWS ? "java.exe" : "java")
                .toString(), Path.of(opt.get("resources"), "Package.java").toString()));
        for (String a : args) {
            if (!a.startsWith("--jdk=")) {
                cmd.add(a);
            }
        }
        cmd.add("--jdk=" + jdk);
        int rc = exec(cmd, null, Map.of());
        if (rc != 0) {
            System.exit(rc);
        }
        return true;
    }

    /** The newest JDK (with jlink and jpackage) in the folders JDKs are installed in, if any. */
    static java.util.Optional<Path> newestJdk() throws IOException {
        List<Path> roots = switch (OS) {
            case LINUX -> List.of(Path.of("/usr/lib/jvm"), Path.of("/opt/java"));
            case MAC -> List.of(Path.of("/Library/Java/JavaVirtualMachines"));
            case WINDOWS -> List.of(Path.of("C:\\Program Files\\Java"), Path.of("C:\\Program Files\\Eclipse Adoptium"));
        };
        Path best = null;
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path d : (Iterable<Path>) dirs.map(x -> OS == Os.MAC ? x.resolve("Contents/Home") : x)::iterator) {
                    if (jdkFeature(d) > (best == null ? -1 : jdkFeature(best))) {
                        best = d;
                    }
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** The JDK's feature version (25 for 25.0.3) from its release file, or -1 when {@code home} is no full JDK. */
    static int jdkFeature(Path home) {
        String exe = OS == Os.WINDOWS ? ".exe" : "";
        if (!Files.isExecutable(home.resolve("bin/jlink" + exe)) || !Files.isExecutable(home.resolve("bin/jpackage" + exe))) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring(13).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    void run() throws Exception {
        Set<String> types = types();
        if (OS == Os.LINUX) {
            ensureLinuxTools(types);
        }
        deleteTree(work);
        deleteTree(out);
        Files.createDirectories(work);
        Files.createDirectories(out);

        Path input = work.resolve("input");
        List<Path> fxJars = stageInput(input);
        String jdkModules = jdeps(input, fxJars);
        Set<String> fxModules = new LinkedHashSet<>();
        for (Path jar : fxJars) {
            fxModules.add(fxModuleName(jar));
        }
        Path runtime = jlink(jdkModules, fxModules, fxJars);
        Path image = appImage(input, runtime);
        if (!"false".equals(opt.get("cds"))) {
            if (Runtime.version().feature() >= AOT_JDK) {
                trainAot(image);
            } else {
                trainCds(image);
            }
        }
        log("app image: " + image);
        for (String type : types) {
            if (!type.equals("app-image")) {
                installer(type, image);
            }
        }
        try (Stream<Path> made = Files.list(out)) {
            made.sorted().forEach(p -> log("made " + p.getFileName()));
        }
    }

    // ---------------------------------------------------------------- what to build

    Set<String> types() {
        Map<Os, List<String>> native_ = Map.of(Os.LINUX, List.of("deb", "rpm"), Os.WINDOWS, List.of("msi"),
                Os.MAC, List.of("dmg"));
        Set<String> types = new LinkedHashSet<>();
        types.add("app-image");
        for (String t : opt.get("types").split(",")) {
            t = t.trim().toLowerCase(Locale.ROOT);
            if (t.equals("all")) {
                types.addAll(native_.get(OS));
            } else if (t.equals("app-image") || native_.get(OS).contains(t)) {
                types.add(t);
            } else {
                fail("--types: " + t + " cannot be built on " + OS.name().toLowerCase(Locale.ROOT)
                        + "; allowed here: all, app-image, " + String.join(", ", native_.get(OS)));
            }
        }
        return types;
    }

    /** The version jpackage accepts: digits and dots only (a -SNAPSHOT suffix is dropped). */
    String appVersion() {
        String v = opt.get("version").replaceFirst("[-+].*$", "");
        if (!v.matches("\\d+(\\.\\d+){0,2}")) {
            fail("version " + opt.get("version") + " in pom.xml: installers need 1 to 3 numbers, like 1.2.3");
        }
        if (OS == Os.MAC && v.startsWith("0")) {
            fail("version " + v + ": jpackage makes macOS bundles only for a first number of 1 or more;"
                    + " raise <version> in pom.xml (for example to 1.0.0) to build on macOS");
        }
        return v;
    }

    // ---------------------------------------------------------------- Linux build tools

    /** jpackage needs fakeroot for .deb and rpmbuild for .rpm; the CDS start needs a display. */
    void ensureLinuxTools(Set<String> types) throws Exception {
        Map<String, String> need = new LinkedHashMap<>(); // command -> Debian package
        if (types.contains("deb")) {
            need.put("fakeroot", "fakeroot");
            need.put("dpkg-deb", "dpkg");
        }
        if (types.contains("rpm")) {
            need.put("rpmbuild", "rpm");
        }
        need.put("objcopy", "binutils"); // jlink --strip-native-debug-symbols
        if (System.getenv("DISPLAY") == null && !"false".equals(opt.get("cds"))) {
            need.put("xvfb-run", "xvfb");
            need.put("xauth", "xauth");
        }
        List<String> missing = need.entrySet().stream().filter(e -> !onPath(e.getKey())).map(Map.Entry::getValue)
                .distinct().collect(Collectors.toList());
        if (!libraryPresent("libgtk-3.so.0")) {
            missing.add("libgtk-3-0");
        }
        if (missing.isEmpty()) {
            return;
        }
        if (!onPath("apt-get") || !"root".equals(System.getProperty("user.name"))) {
            fail("missing tools for the installers: install the packages " + String.join(" ", missing)
                    + " (apt-get install " + String.join(" ", missing) + ")");
        }
        log("installing " + String.join(" ", missing) + " with apt-get");
        List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends"));
        install.addAll(missing);
        if (exec(List.of("apt-get", "update", "-qq"), null, Map.of()) != 0
                || exec(install, null, Map.of("DEBIAN_FRONTEND", "noninteractive")) != 0) {
            fail("apt-get could not install " + String.join(" ", missing));
        }
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    static boolean libraryPresent(String soname) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("ldconfig", "-p").redirectErrorStream(true);
        try {
            Process p = pb.start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return text.contains(soname);
        } catch (IOException e) {
            return true; // no ldconfig: do not guess, let the start-up say what is missing
        }
    }

    // ---------------------------------------------------------------- jdeps, jlink

    /** The app jar and its non-JavaFX libraries go to the image's class path; returns the JavaFX jars. */
    List<Path> stageInput(Path input) throws IOException {
        Files.createDirectories(input);
        Path jar = Path.of(opt.get("jar"));
        if (!Files.isRegularFile(jar)) {
            fail("--jar " + jar + ": no such file; run mvn package first");
        }
        Files.copy(jar, input.resolve(jar.getFileName()));
        String classifier = switch (OS) {
            case LINUX -> "linux";
            case WINDOWS -> "win";
            case MAC -> "mac";
        };
        List<Path> fx = new ArrayList<>();
        try (Stream<Path> libs = Files.list(Path.of(opt.get("lib")))) {
            for (Path lib : (Iterable<Path>) libs.sorted()::iterator) {
                String name = lib.getFileName().toString();
                if (!name.endsWith(".jar")) {
                    continue;
                }
                if (name.startsWith("javafx-")) {
                    // the platform jar (javafx-graphics-21-linux.jar, -mac-aarch64, ...) holds the module;
                    // the plain one is an empty placeholder
                    if (name.matches("javafx-[a-z]+-[\\d.]+-" + classifier + "(-[a-z0-9_]+)?\\.jar")) {
                        fx.add(lib);
                    }
                } else {
                    Files.copy(lib, input.resolve(name));
                }
            }
        }
        if (fx.isEmpty()) {
            fail("--lib " + opt.get("lib") + ": no JavaFX jars for " + classifier + "; run mvn package on this OS");
        }
        return fx;
    }

    static String fxModuleName(Path jar) {
        String part = jar.getFileName().toString().replaceFirst("^javafx-([a-z]+)-.*$", "$1");
        return "javafx." + part;
    }

    String jdeps(Path input, List<Path> fxJars) throws IOException {
        List<Path> jars;
        try (Stream<Path> all = Files.list(input)) {
            jars = all.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
        // org.jfree.chart.fx is a named module that requires the automatic module of JFreeChart: both,
        // and JavaFX, go on jdeps' module path so it can resolve them
        List<Path> modulePath = new ArrayList<>(fxJars);
        modulePath.addAll(jars);
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", String.valueOf(Runtime.version().feature()), "--module-path", join(modulePath)));
        jars.forEach(p -> args.add(p.toString()));
        String[] lines = tool("jdeps", args).trim().split("\\R");
        String printed = lines[lines.length - 1]; // earlier lines are split-package warnings
        // jdeps names the JDK modules and, with the JavaFX jars on its module path, the JavaFX ones too
        String jdk = Arrays.stream(printed.split(",")).map(String::trim)
                .filter(m -> m.startsWith("java.") || m.startsWith("jdk.")).collect(Collectors.joining(","));
        if (jdk.isEmpty()) {
            fail("jdeps printed no modules: " + printed);
        }
        log("jdeps: the app uses " + printed);
        return jdk;
    }

    Path jlink(String jdkModules, Set<String> fxModules, List<Path> fxJars) throws IOException {
        Path runtime = work.resolve("runtime");
        Set<String> modules = new LinkedHashSet<>(Arrays.asList(jdkModules.split(",")));
        modules.addAll(fxModules);
        modules.add("jdk.localedata"); // number formats for the user's locale
        List<String> args = new ArrayList<>(List.of("--module-path", join(fxJars),
                "--add-modules", String.join(",", modules),
                "--output", runtime.toString(),
                "--strip-java-debug-attributes", "--no-header-files", "--no-man-pages",
                "--include-locales=en,de,fr,es,it,pt,ja,zh",
                "--generate-cds-archive")); // the JDK's base CDS archive; the app's archive builds on it
        if (OS == Os.LINUX) {
            args.add("--strip-native-debug-symbols=objcopy=" + which("objcopy"));
        }
        log("jlink: " + String.join(",", modules));
        tool("jlink", args);
        placeNativeLibraries(runtime, fxJars);
        return runtime;
    }

    /**
     * The platform jars carry JavaFX's native libraries at their root; jlink keeps them only as
     * resources, which JavaFX would unpack into ~/.openjfx/cache on the first start. Put them
     * where JavaFX looks first in a runtime image: lib/ (bin\ on Windows).
     */
    static void placeNativeLibraries(Path runtime, List<Path> fxJars) throws IOException {
        Path dest = runtime.resolve(OS == Os.WINDOWS ? "bin" : "lib");
        int n = 0;
        for (Path jar : fxJars) {
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
                for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                    String name = e.getName();
                    if (!name.contains("/") && name.matches(".*\\.(so|dylib|dll)$")) {
                        try (var in = zip.getInputStream(e)) {
                            Files.copy(in, dest.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                        }
                        n++;
                    }
                }
            }
        }
        log("jlink: placed " + n + " JavaFX native libraries in " + runtime.relativize(dest));
    }

    // ---------------------------------------------------------------- jpackage

    /**
     * The JVM options of the installed app: packaging/jvm.options, the java argument file that
     * {@code mvn javafx:run} passes as well (one option a line; why each is there: packaging/README.md).
     */
    List<String> javaOptions() throws IOException {
        return Files.readAllLines(Path.of(opt.get("resources"), "jvm.options")).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    List<String> common() {
        return new ArrayList<>(List.of("--name", opt.get("name"), "--app-version", appVersion(),
                "--vendor", opt.getOrDefault("vendor", "RoPEScope"),
                "--description", opt.get("description"),
                "--copyright", "RoPEScope " + opt.get("version")));
    }

    Path icon() {
        Path icons = Path.of(opt.get("icons"));
        String file = switch (OS) {
            case LINUX -> "ropescope-256.png";
            case WINDOWS -> "ropescope.ico";
            case MAC -> "ropescope.icns";
        };
        Path icon = icons.resolve(file);
        if (!Files.isRegularFile(icon)) {
            fail("--icons: " + icon + " is missing; mvn -Picons generate-resources draws it from assets/ropescope.svg");
        }
        return icon;
    }

    Path appImage(Path input, Path runtime) throws IOException {
        Path dest = work.resolve("image");
        List<String> args = common();
        args.addAll(List.of("--type", "app-image", "--dest", dest.toString(),
                "--input", input.toString(),
                "--main-jar", Path.of(opt.get("jar")).getFileName().toString(),
                "--main-class", opt.get("main-class"),
                "--runtime-image", runtime.toString(),
                "--icon", icon().toString()));
        for (String o : javaOptions()) {
            args.addAll(List.of("--java-options", o));
        }
        if (OS == Os.MAC) {
            args.addAll(List.of("--mac-package-identifier", "org.ropescope", "--mac-package-name", opt.get("name")));
        }
        log("jpackage: app image");
        tool("jpackage", args);
        Path image;
        try (Stream<Path> made = Files.list(dest)) {
            image = made.findFirst().orElseThrow(() -> new IllegalStateException("jpackage made no app image"));
        }
        Path copy = out.resolve(image.getFileName());
        copyTree(image, copy);
        if (OS == Os.LINUX) {
            // jpackage's launcher runs rpm -qf and dpkg -S at every start (0.1 s); this one reads the same .cfg
            Path script = Path.of(opt.get("resources"), "linux", "launcher.sh");
            Files.copy(script, launcher(copy), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            launcher(copy).toFile().setExecutable(true, false);
            log("launcher: " + copy.relativize(launcher(copy)) + " is " + Path.of(opt.get("resources")).relativize(script));
        }
        return copy;
    }

    void installer(String type, Path image) throws IOException {
        List<String> args = common();
        args.addAll(List.of("--type", type, "--app-image", image.toString(), "--dest", out.toString()));
        Path res = Path.of(opt.get("resources"));
        Path license = res.resolveSibling("LICENSE");
        if (Files.isRegularFile(license)) {
            args.addAll(List.of("--license-file", license.toString()));
        }
        switch (OS) {
            case LINUX -> {
                args.addAll(List.of("--linux-package-name", "ropescope",
                        "--linux-package-deps", "libgtk-3-0",
                        "--linux-menu-group", "Education;Science;",
                        "--linux-app-category", type.equals("deb") ? "science" : "Applications/Engineering",
                        "--linux-shortcut",
                        "--linux-deb-maintainer", "ropescope@users.noreply.github.com",
                        "--linux-rpm-license-type", "GPLv3+",
                        "--icon", icon().toString()));
                if (type.equals("rpm")) {
                    // rpm spells the GTK package differently; leave the .deb's name out
                    args.set(args.indexOf("libgtk-3-0"), "gtk3");
                }
            }
            case WINDOWS -> args.addAll(List.of("--win-menu", "--win-menu-group", opt.get("name"),
                    "--win-shortcut", "--win-dir-chooser", "--win-per-user-install",
                    "--win-upgrade-uuid", WIN_UPGRADE_UUID,
                    "--icon", icon().toString()));
            case MAC -> args.addAll(List.of("--mac-package-identifier", "org.ropescope",
                    "--mac-package-name", opt.get("name"),
                    "--icon", icon().toString()));
        }
        // per-OS files that replace jpackage's defaults (the Linux desktop entry, ...)
        Path osResources = res.resolve(OS.name().toLowerCase(Locale.ROOT));
        if (Files.isDirectory(osResources)) {
            args.addAll(List.of("--resource-dir", osResources.toString()));
        }
        log("jpackage: " + type);
        tool("jpackage", args);
    }

    // ---------------------------------------------------------------- class data sharing

    /**
     * Class data sharing: starts the image once, quitting after its first frame, with
     * -XX:DumpLoadedClassList; then dumps those classes into the runtime's default CDS archive
     * (lib/server/classes.jsa), which every start of the launcher maps instead of loading, parsing
     * and verifying the classes again.
     *
     * <p>Why not -XX:ArchiveClassesAtExit with -XX:SharedArchiveFile=$APPDIR/ropescope.jsa in the
     * launcher's options: Java 17 ties such an archive to the absolute class path it was made with,
     * so once the installer puts the app in /opt/ropescope (or C:\Program Files) the JVM rejects it
     * ("shared class paths mismatch") and prints a warning on every start. The runtime image may
     * move: an archive of its classes (the JDK's and JavaFX's, over 95% of what the first frame
     * loads) stays valid wherever the app is installed. The few hundred class-path classes (the app,
     * JFreeChart) are left out.
     */
    void trainCds(Path image) throws Exception {
        Path classList = work.resolve("classes.lst");
        List<String> cmd = new ArrayList<>();
        if (OS == Os.LINUX && System.getenv("DISPLAY") == null) {
            if (!onPath("xvfb-run")) {
                log("CDS: skipped (no DISPLAY and no xvfb-run); the app starts without the archive");
                return;
            }
            cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        cmd.add(launcher(image).toString());
        Map<String, String> env = Map.of("JAVA_TOOL_OPTIONS",
                "-XX:DumpLoadedClassList=" + classList + " -Dropescope.startup.probe=exit");
        log("CDS: one training start of the app image");
        int rc = exec(cmd, TimeUnit.MINUTES.toSeconds(3), env);
        if (rc != 0 || !Files.isRegularFile(classList)) {
            fail("CDS: the training start failed (exit " + rc + "); build with -Dinstaller.cds=false to skip it");
        }
        // keep the runtime image's classes; class-path classes cannot go into a relocatable archive
        List<String> keep = Files.readAllLines(classList).stream()
                .filter(l -> !l.contains("org/ropescope/") && !l.contains("org/jfree/"))
                .collect(Collectors.toList());
        Path filtered = work.resolve("classes-runtime.lst");
        Files.write(filtered, keep);

        Path runtime = runtimeHome(image);
        Path archive = runtime.resolve(OS == Os.WINDOWS ? "bin/server/classes.jsa" : "lib/server/classes.jsa");
        Path java = runtime.resolve("bin").resolve(OS == Os.WINDOWS ? "java.exe" : "java");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Process dump = new ProcessBuilder(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + filtered,
                "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off")
                .redirectErrorStream(true).start();
        dump.getInputStream().transferTo(text);
        if (dump.waitFor() != 0 || !Files.isRegularFile(archive)) {
            System.err.print(text.toString(StandardCharsets.UTF_8));
            fail("CDS: dumping the archive failed; build with -Dinstaller.cds=false to skip it");
        }
        log("CDS: " + keep.size() + " classes in " + image.relativize(archive) + " ("
                + Files.size(archive) / 1024 / 1024 + " MB)");
    }

    /**
     * AOT cache (JDK 25+, JEP 483/514/515): the image starts once with {@code -XX:AOTCacheOutput},
     * quitting after its first frame, and the JVM writes the classes it loaded and linked, the
     * profiles and the compiled code of that start into {@code ropescope.aot} beside the jar; the
     * launcher then names it ({@code -XX:AOTCache=$APPDIR/ropescope.aot}). The training start runs
     * with the launcher's own JVM options, as a cache made with other options is silently not used;
     * a second start, from a copy of the image in another folder (as after installation), checks
     * that it is used there.
     */
    void trainAot(Path image) throws Exception {
        Path aot = appDir(image).resolve("ropescope.aot");
        List<String> display = new ArrayList<>();
        if (OS == Os.LINUX && System.getenv("DISPLAY") == null) {
            if (!onPath("xvfb-run")) {
                log("AOT: skipped (no DISPLAY and no xvfb-run); the app starts without the cache");
                return;
            }
            display.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        // JavaFX 21 loads its native libraries and allocates off-heap memory the JDK 24+ way of saying
        // so on every start; the launcher allows both (a JDK 17 runtime would refuse these options)
        addJavaOption(image, "--enable-native-access=ALL-UNNAMED,javafx.graphics"); // JavaFX is in the runtime
        addJavaOption(image, "--sun-misc-unsafe-memory-access=allow");
        // map the cache where it was made to be mapped instead of at a random address (JDK 21+'s default):
        // relocating its 56 MB rewrote every pointer in it, 27 ms of each start and 20 MB of its pages
        // copied into private memory; if that address is taken the JVM still relocates
        addJavaOption(image, "-XX:ArchiveRelocationMode=0");
        addJavaOption(image, "-XX:+UnlockDiagnosticVMOptions");
        pinJarTimes(image);
        List<String> cmd = new ArrayList<>(display);
        cmd.add(launcher(image).toString());
        log("AOT: one training start of the app image");
        // no method profiles in the cache (JEP 515): the launcher runs C1 alone, which has no use for
        // them, and the JVM maps the whole cache at start (47 instead of 49 MB, 3 MB less resident)
        int rc = exec(cmd, TimeUnit.MINUTES.toSeconds(4), Map.of("JAVA_TOOL_OPTIONS",
                "-XX:AOTCacheOutput=" + aot + " -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
                        + " -Dropescope.startup.probe=exit"));
        if (rc != 0 || !Files.isRegularFile(aot)) {
            fail("AOT: the training start failed (exit " + rc + "); build with -Dinstaller.cds=false to skip it");
        }
        addJavaOption(image, "-XX:AOTCache=$APPDIR/ropescope.aot");
        Path cfg = appDir(image).resolve(opt.get("name") + ".cfg");
        log("AOT: " + Files.size(aot) / 1024 / 1024 + " MB in " + image.relativize(aot) + ", named in "
                + image.relativize(cfg));

        // the cache must hold where the installer puts the image, not only here
        Path moved = work.resolve("aot-check").resolve("installed-elsewhere");
        deleteTree(moved.getParent());
        Files.createDirectories(moved.getParent());
        copyTree(image, moved);
        List<String> check = new ArrayList<>(display);
        check.add(launcher(moved).toString());
        Path log = work.resolve("aot-check.log");
        rc = exec(check, TimeUnit.MINUTES.toSeconds(2), Map.of("JAVA_TOOL_OPTIONS",
                "-Xlog:class+load=info:file=" + log + " -Dropescope.startup.probe=exit"));
        List<String> loaded = Files.isRegularFile(log) ? Files.readAllLines(log) : List.of();
        long fromCache = loaded.stream().filter(l -> l.contains("source: shared objects file")).count();
        deleteTree(moved.getParent());
        if (rc != 0) { // the start itself failed (a display that would not open): nothing to judge the cache by
            log("AOT: WARNING: the check start of a moved copy failed (exit " + rc + "); the cache is not verified");
            return;
        }
        if (fromCache < loaded.size() * 0.8) {
            fail("AOT: a copy of the image in another folder took " + fromCache + " of " + loaded.size()
                    + " classes from the cache (see " + log + "); build with -Dinstaller.cds=false to skip it");
        }
        log("AOT: a copy of the image in another folder took " + fromCache + " of its " + loaded.size()
                + " classes from the cache");
    }

    /** Adds one JVM option to the launcher's configuration ({@code lib/app/NAME.cfg}), first among them. */
    /** The file in the app folder that holds the class-path jars' modification time the AOT cache was made with. */
    static final String JAR_TIME_FILE = ".aot-jar-mtime";

    /**
     * Gives every class-path jar one modification time, in whole seconds, and writes it to
     * {@value #JAR_TIME_FILE}. The JVM uses the cache only while each jar has the size and the
     * modification time (seconds) it was made with, and jpackage's .deb and .rpm copy the jars with
     * the time of packaging: the installed app rejected its cache ("shared class paths mismatch", an
     * error line at every start, first frame 0.8 -> 1.26 s). The .deb's postinst sets the time back;
     * the Linux launcher leaves the cache out when the jars do not have it (an .rpm, a copy).
     */
    void pinJarTimes(Path image) throws IOException {
        long seconds = System.currentTimeMillis() / 1000;
        java.nio.file.attribute.FileTime time = java.nio.file.attribute.FileTime.fromMillis(seconds * 1000);
        try (Stream<Path> files = Files.list(appDir(image))) {
            for (Path jar : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jar"))::iterator) {
                Files.setLastModifiedTime(jar, time);
            }
        }
        Files.writeString(appDir(image).resolve(JAR_TIME_FILE), seconds + "\n");
    }

    void addJavaOption(Path image, String option) throws IOException {
        Path cfg = appDir(image).resolve(opt.get("name") + ".cfg");
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
        int at = lines.indexOf("[JavaOptions]");
        if (at < 0) {
            fail("AOT: " + cfg + " has no [JavaOptions] section");
        }
        lines.add(at + 1, "java-options=" + option);
        Files.write(cfg, lines);
    }

    /** The bundled runtime's home inside the image. */
    static Path runtimeHome(Path image) {
        return switch (OS) {
            case LINUX -> image.resolve("lib/runtime");
            case WINDOWS -> image.resolve("runtime");
            case MAC -> image.resolve("Contents/runtime/Contents/Home");
        };
    }

    static Path appDir(Path image) {
        return OS == Os.MAC ? image.resolve("Contents/app") : image.resolve(OS == Os.WINDOWS ? "app" : "lib/app");
    }

    Path launcher(Path image) {
        String name = opt.get("name");
        return switch (OS) {
            case LINUX -> image.resolve("bin").resolve(name);
            case WINDOWS -> image.resolve(name + ".exe");
            case MAC -> image.resolve("Contents/MacOS").resolve(name);
        };
    }

    // ---------------------------------------------------------------- helpers

    /** Runs a JDK tool in this JVM; stops with its output when it fails. Returns what it printed. */
    static String tool(String name, List<String> args) {
        ToolProvider t = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK; use a full JDK 17+"));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(text, true, StandardCharsets.UTF_8);
        int rc = t.run(ps, ps, args.toArray(new String[0]));
        String printed = text.toString(StandardCharsets.UTF_8);
        if (rc != 0) {
            System.err.print(printed);
            fail(name + " failed (exit " + rc + ")");
        }
        return printed;
    }

    static int exec(List<String> cmd, Long timeoutSeconds, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().putAll(env);
        Process p = pb.start();
        if (timeoutSeconds == null) {
            return p.waitFor();
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            return -1;
        }
        return p.exitValue();
    }

    static String which(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return command;
    }

    static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    static Os detectOs() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.contains("win") ? Os.WINDOWS : os.contains("mac") ? Os.MAC : Os.LINUX;
    }

    static void log(String line) {
        System.out.println("[package] " + line);
    }

    static void fail(String line) {
        System.err.println("[package] error: " + line);
        System.exit(1);
    }
}
