package org.ropescope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ropescope.testing.AppJvmOptions;

/** mvn javafx:run and the installers start the app with the same JVM options, heap cap included. */
class JvmOptionsTest {

    @Test
    void theInstallersAndJavafxRunUseTheSameOptions() throws Exception {
        List<String> pom = AppJvmOptions.fromPom();
        String pkg = Files.readString(Path.of("packaging", "Package.java"));
        Matcher list = Pattern.compile("JAVA_OPTIONS = List\\.of\\(([^;]+)\\);").matcher(pkg);
        assertTrue(list.find(), "packaging/Package.java declares JAVA_OPTIONS");
        List<String> installers = new ArrayList<>();
        Matcher each = Pattern.compile("\"([^\"]+)\"").matcher(list.group(1));
        while (each.find()) {
            installers.add(each.group(1));
        }
        assertEquals(pom, installers);
        assertTrue(pom.contains("-Xmx256m"), "a heap cap: " + pom);
    }
}
