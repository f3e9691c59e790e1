package org.exerciseplayer.ui.player;

import java.util.function.DoubleSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The middle of the player, laid out for someone on the floor 2-3 m away. The exercise's words (cautions, the
 * physio's notes, every step) take a column of their own on the right, so they never push the figure out; the
 * rest is the figure's and the countdown's:
 * <ul>
 *   <li><b>stacked</b>, when there is height for it: the figure across the top, and under it the countdown ring with
 *       the phase, count and side in large words beside it. The left part is as wide as the ring and its words
 *       need, or as the figure needs at that height (most hip exercises are done lying down, a wide picture), within
 *       half to {@value #MOST_LEFT} of the width; the words' column gets the rest;</li>
 *   <li><b>side by side</b>, when there is not (large text in a small window): figure, then ring over words, then
 *       the words' column, each the full height.</li>
 * </ul>
 * The figure is given at least {@value #MIN_FIGURE} pixels of height whenever the window has them, and in the
 * stacked layout at least the ring's diameter.
 */
final class FloorLayout extends Region {

    /** The least height the figure is given, in pixels (issue 13: never below about 240). */
    static final double MIN_FIGURE = 240;
    /** The smallest ring worth stacking under the figure; below it the columns go side by side. */
    private static final double MIN_STACKED_RING = 120;
    private static final double MOST_LEFT = 0.62;
    private static final double GAP = 16;

    private final Node figure;
    private final CountdownRing ring;
    private final PhaseWordsBox words;
    private final Region instructions;
    private final DoubleSupplier figureAspect;
    /** Reads the window's text size. */
    private final Label probe = new Label("M");
    private boolean stacked;

    /** @param figureAspect the figure's width over its height (0 when there is none) */
    FloorLayout(Node figure, CountdownRing ring, PhaseWordsBox words, Region instructions,
                DoubleSupplier figureAspect) {
        this.figure = figure;
        this.ring = ring;
        this.words = words;
        this.instructions = instructions;
        this.figureAspect = figureAspect;
        probe.setManaged(false);
        probe.setVisible(false);
        getChildren().addAll(figure, ring, words, instructions, probe);
        setMinSize(0, 0);
        getStyleClass().add("floor-layout");
    }

    /** Whether the figure is above the countdown (else side by side with it), as last laid out. */
    boolean isStacked() {
        return stacked;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 1000;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 560;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        double base = probe.getFont().getSize();
        stacked = layStacked(left, top, width, height, base);
        if (!stacked) {
            laySideBySide(left, top, width, height, base);
        }
    }

    /** Figure on top, ring and words under it; false (and nothing placed) when the figure would get too little. */
    private boolean layStacked(double left, double top, double width, double height, double base) {
        double diameter = Math.floor(Math.min(0.43 * height, height - GAP - MIN_FIGURE));
        if (diameter < MIN_STACKED_RING) {
            return false;
        }
        words.sizeFor(diameter, base);
        words.align(false);
        double wordsWidth = Math.max(2 * diameter, 12 * base);
        double wordsHeight = words.prefHeight(wordsWidth);
        double row = Math.max(diameter, wordsHeight);
        double figureHeight = height - GAP - row;
        double mainWidth = Math.max(diameter + GAP + wordsWidth, figureAspect.getAsDouble() * figureHeight);
        mainWidth = Math.round(Math.max(0.5 * width, Math.min(MOST_LEFT * width, mainWidth)));
        if (mainWidth < diameter + GAP + wordsWidth) {
            wordsWidth = mainWidth - diameter - GAP;
            wordsHeight = words.prefHeight(wordsWidth);
            row = Math.max(diameter, wordsHeight);
            figureHeight = height - GAP - row;
        }
        if (figureHeight < Math.max(MIN_FIGURE, diameter) || wordsWidth < 8 * base) {
            return false;
        }
        figure.resizeRelocate(left, top, mainWidth, figureHeight);
        double rowTop = top + figureHeight + GAP;
        ring.resizeRelocate(left, rowTop + (row - diameter) / 2, diameter, diameter);
        words.resizeRelocate(left + diameter + GAP, rowTop + (row - wordsHeight) / 2, wordsWidth, wordsHeight);
        instructions.resizeRelocate(left + mainWidth + GAP, top, width - mainWidth - GAP, height);
        return true;
    }

    /** Figure, then ring over words, then the words' column, side by side at the full height. */
    private void laySideBySide(double left, double top, double width, double height, double base) {
        double columnWidth = Math.round(width * 0.36);
        double mainWidth = width - columnWidth - GAP;
        double timerWidth = Math.round(mainWidth * 0.45);
        double figureWidth = mainWidth - timerWidth - GAP;
        double diameter = Math.floor(Math.min(timerWidth, 0.5 * height));
        words.align(true);
        words.sizeFor(diameter, base);
        double wordsHeight = words.prefHeight(timerWidth);
        diameter = Math.floor(Math.max(Math.min(96, height), Math.min(diameter, height - GAP - wordsHeight)));
        words.sizeFor(diameter, base);
        wordsHeight = Math.min(words.prefHeight(timerWidth), Math.max(0, height - diameter - GAP));
        figure.resizeRelocate(left, top, figureWidth, height);
        ring.resizeRelocate(left + figureWidth + GAP + (timerWidth - diameter) / 2, top, diameter, diameter);
        words.resizeRelocate(left + figureWidth + GAP, top + diameter + GAP, timerWidth, wordsHeight);
        instructions.resizeRelocate(left + mainWidth + GAP, top, columnWidth, height);
    }
}
