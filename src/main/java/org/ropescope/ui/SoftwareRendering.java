package org.ropescope.ui;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * On a Linux machine with no graphics processor, starts JavaFX on its software renderer directly and
 * keeps GTK from loading OpenGL, both of which it would otherwise try first and give up on.
 *
 * <p>What it saves (measured on the build machine, Xvfb, no GPU, app image on JDK 25): JavaFX's
 * default order tries its OpenGL pipeline first; Mesa then offers only its software rasteriser
 * (llvmpipe), which JavaFX refuses, and falls back to {@code sw}. GTK, when it opens the display,
 * probes GLX for its visuals the same way. Both load Mesa and LLVM (about 60 MB resident, most of it
 * libLLVM) for nothing: resident set at the first frame 253 -> 191 MB. On the software renderer JavaFX's
cache of region backgrounds is turned off as well (191 -> 180 MB; see below).
 *
 * <p>"No graphics processor" means no render node ({@code /dev/dri/renderD*}) and no NVIDIA device
 * ({@code /dev/nvidia0}): then Mesa can only rasterise in software. With either present nothing
 * changes, and a {@code prism.order} or {@code GDK_GL} a person set is always kept. GTK's variable
 * has to be in the process's environment before GTK starts, which Java can only do through the
 * foreign function API (JDK 22 and later, and only where native access is enabled, as the app
 * image's launcher does); elsewhere only the JavaFX half applies.
 */
final class SoftwareRendering {

    /** The devices a hardware OpenGL driver renders through. */
    private static final Path DRI = Path.of("/dev/dri");
    private static final Path NVIDIA = Path.of("/dev/nvidia0");
    private static final String NO_REGION_CACHE = "prism.disableRegionCaching";

    private SoftwareRendering() {
    }

    /** What to do at this start: set {@code prism.order=sw}, and {@code GDK_GL=disable} too. */
    record Choice(boolean softwarePrism, boolean noGdkGl) {
    }

    /** Decides and applies it; call before JavaFX starts. */
    static void applyBeforeToolkit() {
        Choice c = choose(System.getProperty("os.name", ""), System.getProperty("prism.order"),
                System.getenv("GDK_GL"), hasGpuDevice());
        if (c.softwarePrism()) {
            System.setProperty("prism.order", "sw");
        }
        if ("sw".equals(System.getProperty("prism.order")) && System.getProperty(NO_REGION_CACHE) == null) {
            // the software renderer keeps region backgrounds in a 2048x1024 int[] texture (8 MB of heap,
            // all of it touched): drawing those few rectangles directly costs less than that
            System.setProperty(NO_REGION_CACHE, "true");
        }
        if (c.noGdkGl()) {
            setenv("GDK_GL", "disable");
        }
    }

    /** The decision alone, from what the start sees: testable without a display. */
    static Choice choose(String osName, String prismOrder, String gdkGl, boolean gpuDevice) {
        boolean linux = osName.toLowerCase(Locale.ROOT).contains("linux");
        if (!linux || gpuDevice) {
            return new Choice(false, false);
        }
        return new Choice(prismOrder == null || prismOrder.isBlank(), gdkGl == null);
    }

    static boolean hasGpuDevice() {
        if (Files.exists(NVIDIA)) {
            return true;
        }
        if (!Files.isDirectory(DRI)) {
            return false;
        }
        try (DirectoryStream<Path> nodes = Files.newDirectoryStream(DRI, "renderD*")) {
            return nodes.iterator().hasNext();
        } catch (IOException | SecurityException e) {
            return true; // cannot tell: leave JavaFX's own order
        }
    }

    /**
     * {@code setenv(name, value, 1)} of the C library through {@code java.lang.foreign} (JDK 22+),
     * called by reflection because the code is compiled for Java 17. Does nothing where that API is
     * missing or native access is not enabled for this code (it would print a warning).
     */
    static boolean setenv(String name, String value) {
        if (Runtime.version().feature() < 22) {
            return false;
        }
        try {
            Module self = SoftwareRendering.class.getModule();
            if (!(boolean) Module.class.getMethod("isNativeAccessEnabled").invoke(self)) {
                return false;
            }
            Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
            Class<?> layoutClass = Class.forName("java.lang.foreign.MemoryLayout");
            Class<?> valueLayout = Class.forName("java.lang.foreign.ValueLayout");
            Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
            Class<?> segmentClass = Class.forName("java.lang.foreign.MemorySegment");
            Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
            Class<?> lookupClass = Class.forName("java.lang.foreign.SymbolLookup");
            Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
            Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
            Object lookup = linkerClass.getMethod("defaultLookup").invoke(linker);
            Optional<?> symbol = (Optional<?>) lookupClass.getMethod("find", String.class).invoke(lookup, "setenv");
            if (symbol.isEmpty()) {
                return false;
            }
            Object address = valueLayout.getField("ADDRESS").get(null);
            Object cInt = valueLayout.getField("JAVA_INT").get(null);
            Object params = Array.newInstance(layoutClass, 3);
            Array.set(params, 0, address);
            Array.set(params, 1, address);
            Array.set(params, 2, cInt);
            Object descriptor = descriptorClass.getMethod("of", layoutClass, params.getClass()).invoke(null, cInt, params);
            MethodHandle setenv = (MethodHandle) linkerClass
                    .getMethod("downcallHandle", segmentClass, descriptorClass, optionClass.arrayType())
                    .invoke(linker, symbol.get(), descriptor, Array.newInstance(optionClass, 0));
            Object arena = arenaClass.getMethod("global").invoke(null);
            Object n = arenaClass.getMethod("allocateFrom", String.class).invoke(arena, name);
            Object v = arenaClass.getMethod("allocateFrom", String.class).invoke(arena, value);
            return (int) setenv.invokeWithArguments(n, v, 1) == 0;
        } catch (Throwable e) {
            return false; // an older or stricter runtime: JavaFX's half still applies
        }
    }
}
