package org.ropescope.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts a language brings with it, so its text renders on a machine that has none for its
 * script: Chinese ships a subset of Noto Sans CJK SC ({@code org/ropescope/fonts/}, SIL Open Font
 * License). A bundle names them ({@code font.family}, {@code font.files}); English names none and
 * draws in Java's {@code SansSerif}, as before. Registered with AWT on first use, so the charts
 * (screen, PNG, SVG) and the PDF writer find them by family; the window loads them into JavaFX itself.
 */
public final class BundledFonts {

    /** Where the font files are, as class-path resources. */
    public static final String FOLDER = "/org/ropescope/fonts/";
    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();
    private static final Map<String, Font> LOADED = new ConcurrentHashMap<>();

    private BundledFonts() {
    }

    /** The AWT family the charts draw {@code language}'s text in (its fonts registered first). */
    public static String chartFamily(Language language) {
        List<String> files = files(language);
        if (files.isEmpty()) {
            return Texts.bundle(language).getString("font.family");
        }
        for (String f : files) {
            if (REGISTERED.add(f)) {
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(load(f));
            }
        }
        return Texts.bundle(language).getString("font.family");
    }

    /** The font files {@code language} brings (names in {@link #FOLDER}); none for English. */
    public static List<String> files(Language language) {
        String line = Texts.bundle(language).getString("font.files").strip();
        return line.isEmpty() ? List.of() : Arrays.stream(line.split(",")).map(String::strip).toList();
    }

    /**
     * For the PDF writer: the AWT font name of each of {@code language}'s files ({@code Noto Sans SC
     * Subset Bold}) and the file, so text in them is embedded as real, searchable text.
     */
    public static Map<String, String> byFontName(Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String f : files(language)) {
            names.put(load(f).getFontName(), f);
        }
        return names;
    }

    /** The bytes of one of the files; the caller closes the stream. */
    public static InputStream open(String file) throws IOException {
        InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("the font " + file + " is missing from the application");
        }
        return in;
    }

    private static Font load(String file) {
        return LOADED.computeIfAbsent(file, BundledFonts::read);
    }

    private static Font read(String file) {
        try (InputStream in = open(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the font " + file + " cannot be read", e);
        }
    }
}
