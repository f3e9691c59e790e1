package org.exerciseplayer.ui.home;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.layout.Region;

/**
 * One exercise's line on home: its tick box and name, its dose and, if any, its cautions, along one baseline. With
 * large text in a small window the name takes up to a share of the line and wraps beyond it, the cautions keep their
 * words, and the dose wraps in what is left, so no word is ever cut short.
 */
final class ExerciseLine extends Region {

    /** The most of the line the name takes before it wraps. */
    static final double NAME_SHARE = 0.45;
    private static final double GAP = 12;

    private final Control name;
    private final Control dose;
    private final Control cautions;

    /** @param cautions the exercise's cautions, or null for none */
    ExerciseLine(Control name, Control dose, Control cautions) {
        this.name = name;
        this.dose = dose;
        this.cautions = cautions;
        getChildren().addAll(name, dose);
        if (cautions != null) {
            getChildren().add(cautions);
        }
    }

    private double[] widths(double width) {
        double inside = width - getInsets().getLeft() - getInsets().getRight();
        double cautionsWidth = cautions == null ? 0 : cautions.prefWidth(-1) + GAP;
        double nameWidth = Math.min(name.prefWidth(-1), Math.max(inside * NAME_SHARE, inside - cautionsWidth
                - dose.prefWidth(-1) - GAP));
        double doseWidth = Math.max(0, Math.min(dose.prefWidth(-1), inside - nameWidth - GAP - cautionsWidth));
        return new double[] {nameWidth, doseWidth, cautionsWidth - (cautions == null ? 0 : GAP)};
    }

    @Override
    protected void layoutChildren() {
        double[] widths = widths(getWidth());
        Insets insets = getInsets();
        Node[] parts = {name, dose, cautions};
        double baseline = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] != null) {
                parts[i].resize(snapSizeX(widths[i]), snapSizeY(parts[i].prefHeight(widths[i])));
                baseline = Math.max(baseline, parts[i].getBaselineOffset());
            }
        }
        double x = insets.getLeft();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] != null) {
                parts[i].relocate(snapPositionX(x), snapPositionY(insets.getTop() + baseline
                        - parts[i].getBaselineOffset()));
                x += widths[i] + GAP;
            }
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight() + name.prefWidth(-1) + GAP + dose.prefWidth(-1)
                + (cautions == null ? 0 : GAP + cautions.prefWidth(-1));
    }

    @Override
    protected double computePrefHeight(double width) {
        double[] widths = widths(width < 0 ? computePrefWidth(-1) : width);
        Control[] parts = {name, dose, cautions};
        double top = 0;
        double bottom = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] != null) {
                double baseline = parts[i].getBaselineOffset();
                top = Math.max(top, baseline);
                bottom = Math.max(bottom, parts[i].prefHeight(widths[i]) - baseline);
            }
        }
        return getInsets().getTop() + getInsets().getBottom() + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }
}
