package org.ropescope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The committed icons (assets/icons, drawn from assets/ropescope.svg by {@code mvn -Picons
 * generate-resources}) are all there, each PNG as large as its name says and not blank.
 */
class IconsTest {

    private static final Path ICONS = Path.of("assets", "icons");

    @Test
    void everyPngIsTheSizeItsNameSaysAndShowsTheIcon() throws IOException {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            BufferedImage img = ImageIO.read(ICONS.resolve("ropescope-" + size + ".png").toFile());
            assertEquals(size, img.getWidth(), "width of the " + size + " px icon");
            assertEquals(size, img.getHeight(), "height of the " + size + " px icon");
            int centre = img.getRGB(size / 2, size / 2) >>> 24;
            int corner = img.getRGB(0, 0) >>> 24;
            assertTrue(centre > 0 && corner < 255, size + " px: drawn in the middle, transparent at the corner");
        }
    }

    @Test
    void theWindowsAndMacIconFilesAreThere() throws IOException {
        byte[] ico = Files.readAllBytes(ICONS.resolve("ropescope.ico"));
        assertEquals(0, ico[0]);
        assertEquals(1, ico[2], "an .ico file's type field");
        byte[] icns = Files.readAllBytes(ICONS.resolve("ropescope.icns"));
        assertEquals("icns", new String(icns, 0, 4, StandardCharsets.US_ASCII));
    }
}
