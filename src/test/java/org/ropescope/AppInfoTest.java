package org.ropescope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AppInfoTest {

    @Test
    void versionComesFromThePom() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>ropescope</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        m.find();
        assertEquals(m.group(1), AppInfo.version());
    }
}
