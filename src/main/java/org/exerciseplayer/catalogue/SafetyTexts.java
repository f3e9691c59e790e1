package org.exerciseplayer.catalogue;

/**
 * The catalogue-wide safety texts, shown before and during every session.
 *
 * @param stopRule    what to do when pain increases, e.g. "stop immediately and seek advice from your doctor"
 * @param review      when to seek a physiotherapy assessment if symptoms do not ease
 * @param maintenance how often to keep doing the exercises once symptoms are controlled
 */
public record SafetyTexts(String stopRule, Review review, Maintenance maintenance) {

    /** "Should your symptoms not ease after two weeks…": the text and its period in days. */
    public record Review(String text, int days) {}

    /** "…once or twice a day…": the text and the range of sessions per day it recommends. */
    public record Maintenance(String text, int minTimesPerDay, int maxTimesPerDay) {}
}
