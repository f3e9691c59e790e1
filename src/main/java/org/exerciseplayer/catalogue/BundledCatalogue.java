package org.exerciseplayer.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hip catalogue shipped inside the application (from {@code exercises/hip.json}). */
public final class BundledCatalogue {

    /** Where the build puts {@code exercises/hip.json} on the class path. */
    public static final String RESOURCE = "/exercises/hip.json";
    /** How the bundled file is named in messages. */
    public static final String NAME = "exercises/hip.json";

    private BundledCatalogue() {
    }

    public static Catalogue load() throws CatalogueException {
        try (InputStream in = BundledCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled catalogue " + RESOURCE + " is missing from the build");
            }
            return CatalogueLoader.parse(NAME, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
