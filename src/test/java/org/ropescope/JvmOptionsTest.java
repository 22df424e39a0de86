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

/** mvn javafx:run and the installers start the app with the JVM options of one file, heap cap included. */
class JvmOptionsTest {

    @Test
    void javafxRunPassesTheOneOptionsFileAndItCapsTheHeap() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        int plugin = pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>");
        String options = pom.substring(pom.indexOf("<options>", plugin), pom.indexOf("</options>", plugin));
        List<String> given = new ArrayList<>();
        Matcher m = Pattern.compile("<option>([^<]+)</option>").matcher(options);
        while (m.find()) {
            given.add(m.group(1).strip());
        }
        assertEquals(List.of("@${project.basedir}/packaging/jvm.options"), given);
        List<String> file = AppJvmOptions.fromPom();
        assertTrue(file.contains("-Xmx256m"), "a heap cap: " + file);
        assertTrue(file.stream().allMatch(o -> o.startsWith("-") && !o.contains(" ")), "one option a line: " + file);
        assertTrue(Files.readString(Path.of("packaging", "Package.java")).contains("\"jvm.options\""),
                "the installers read the same file");
    }
}
