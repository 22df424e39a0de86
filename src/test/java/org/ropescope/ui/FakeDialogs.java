package org.ropescope.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The window's {@link DialogService} for tests: a native file chooser cannot be driven headless, so
 * each question is answered by a function the test gives (cancelled, when it gives none).
 */
final class FakeDialogs implements DialogService {

    private Function<FileQuestion, Optional<Path>> open = q -> Optional.empty();
    private Function<FileQuestion, Optional<Path>> save = q -> Optional.empty();
    private BiFunction<Integer, Integer, Optional<PngSize>> pngSize = (w, h) -> Optional.empty();
    private BiConsumer<String, String> error = (header, message) -> {
        throw new AssertionError("unexpected error dialog: " + header + ": " + message);
    };
    private boolean confirmed;

    /** Every open dialog answers {@code answer}'s file. */
    FakeDialogs onOpen(Function<FileQuestion, Optional<Path>> answer) {
        open = Objects.requireNonNull(answer);
        return this;
    }

    /** Every save dialog answers {@code answer}'s file. */
    FakeDialogs onSave(Function<FileQuestion, Optional<Path>> answer) {
        save = Objects.requireNonNull(answer);
        return this;
    }

    /** The PNG size dialog answers {@code answer}'s size for the on-screen width and height. */
    FakeDialogs onPngSize(BiFunction<Integer, Integer, Optional<PngSize>> answer) {
        pngSize = Objects.requireNonNull(answer);
        return this;
    }

    /** Every error goes to {@code report} (heading, message). */
    FakeDialogs onError(BiConsumer<String, String> report) {
        error = Objects.requireNonNull(report);
        return this;
    }

    /** What {@link #confirm} answers. */
    FakeDialogs confirming(boolean yes) {
        confirmed = yes;
        return this;
    }

    @Override
    public Optional<Path> chooseToOpen(FileQuestion question) {
        return open.apply(question);
    }

    @Override
    public Optional<Path> chooseToSave(FileQuestion question) {
        return save.apply(question);
    }

    @Override
    public Optional<PngSize> askPngSize(int screenWidth, int screenHeight) {
        return pngSize.apply(screenWidth, screenHeight);
    }

    @Override
    public void showError(String header, String message) {
        error.accept(header, message);
    }

    @Override
    public boolean confirm(String header, String message) {
        return confirmed;
    }
}
