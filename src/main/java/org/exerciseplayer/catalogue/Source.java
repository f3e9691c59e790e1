package org.exerciseplayer.catalogue;

import java.util.Optional;

/** Where a catalogue's content comes from, shown to users as attribution. */
public record Source(String title, String publisher, Optional<String> url, Optional<String> note) {}
