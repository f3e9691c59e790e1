package org.exerciseplayer.catalogue;

/** Movements done before the exercise proper, e.g. four cat/camel stretches before donkey kicks. */
public record Preparation(String name, int repetitions) {}
