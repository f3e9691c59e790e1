package org.exerciseplayer.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Reads window state on the JavaFX thread, which alone may touch it: directly when already there, else by asking that
 * thread and waiting for its answer. For the window's accessors that tests call from their own thread.
 */
final class OnFxThread {

    private OnFxThread() {
    }

    static <T> T read(Supplier<T> reader) {
        if (Platform.isFxApplicationThread()) {
            return reader.get();
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(reader.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the window", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
