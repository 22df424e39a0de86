package org.ropescope.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file RoPEScope writes, with the extension and a short description for file choosers. */
public enum ExportFormat {
    PNG("png", "PNG image"),
    SVG("svg", "SVG vector drawing"),
    PDF("pdf", "PDF document"),
    CSV("csv", "CSV table");

    private final String extension;
    private final String description;

    ExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** The extension without the dot, lower case: {@code png}. */
    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** The format a file name ends with ({@code .PNG} counts), if any. */
    public static Optional<ExportFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
