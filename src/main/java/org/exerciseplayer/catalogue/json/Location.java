package org.exerciseplayer.catalogue.json;

/** A place in a text file: line and column, both from 1. */
public record Location(int line, int column) {}
